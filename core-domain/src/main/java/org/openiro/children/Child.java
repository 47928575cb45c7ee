package org.openiro.children;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.shared.Conflict;
import org.openiro.shared.InvalidInput;

/** A child or young person on the authority's register, with their periods of care, oldest first. */
public final class Child {

    private final AuthorityCode authority;
    private final ChildId id;
    private final Demographics demographics;
    private final List<PeriodOfCare> periods;
    private final SocialWorker socialWorker;

    /** What the authority records about who the child is. {@code name} is optional and never leaves in an event. */
    public record Demographics(String name, LocalDate dateOfBirth, Gender gender, Ethnicity ethnicity, boolean uasc,
                               boolean disability) {
        public Demographics {
            Objects.requireNonNull(dateOfBirth, "dateOfBirth");
            Objects.requireNonNull(gender, "gender");
            Objects.requireNonNull(ethnicity, "ethnicity");
        }
    }

    public Child(AuthorityCode authority, ChildId id, Demographics demographics, List<PeriodOfCare> periods,
                 SocialWorker socialWorker) {
        this.authority = Objects.requireNonNull(authority);
        this.id = Objects.requireNonNull(id);
        this.demographics = Objects.requireNonNull(demographics);
        this.periods = periods.stream().sorted(Comparator.comparing(PeriodOfCare::start)).toList();
        this.socialWorker = socialWorker;
    }

    public static Child register(AuthorityCode authority, ChildId id, Demographics demographics, LocalDate today) {
        if (demographics.dateOfBirth().isAfter(today)) {
            throw new InvalidInput("dateOfBirth", "must not be in the future");
        }
        return new Child(authority, id, demographics, List.of(), null);
    }

    /** The same child with corrected demographics; their care history is kept. */
    public Child withDemographics(Demographics corrected, LocalDate today) {
        if (corrected.dateOfBirth().isAfter(today)) {
            throw new InvalidInput("dateOfBirth", "must not be in the future");
        }
        periods.stream().findFirst().filter(p -> p.start().isBefore(corrected.dateOfBirth())).ifPresent(p -> {
            throw new Conflict("dateOfBirth", "the child's first period of care started on " + p.start()
                    + ", before this date of birth");
        });
        return new Child(authority, id, corrected, periods, socialWorker);
    }

    /** The child becomes looked after. Only one period of care may be open at a time. */
    public Child startPeriodOfCare(LocalDate start, LegalStatus status, Placement placement, LocalDate today) {
        if (start.isAfter(today)) {
            throw new InvalidInput("startDate", "must not be in the future");
        }
        if (start.isBefore(demographics.dateOfBirth())) {
            throw new InvalidInput("startDate", "must not be before the child's date of birth");
        }
        Optional<PeriodOfCare> open = currentPeriod();
        if (open.isPresent()) {
            throw new Conflict(null, "a period of care is already open, since " + open.get().start()
                    + "; end it before starting another");
        }
        latestPeriod().filter(p -> start.isBefore(p.end())).ifPresent(p -> {
            throw new Conflict("startDate", "the previous period of care ended on " + p.end()
                    + "; a new one cannot start before that");
        });
        List<PeriodOfCare> all = new ArrayList<>(periods);
        all.add(PeriodOfCare.starting(start, status, placement));
        return new Child(authority, id, demographics, all, socialWorker);
    }

    /** The child ceases to be looked after; {@code endDate} is the first day they are not (SSDA903 DEC). */
    public Child endPeriodOfCare(LocalDate endDate, EndReason reason, LocalDate today) {
        PeriodOfCare open = currentPeriod().orElseThrow(() -> new Conflict(null, "the child is not looked after"));
        if (endDate.isAfter(today)) {
            throw new InvalidInput("endDate", "must not be in the future");
        }
        if (!endDate.isAfter(open.start())) {
            throw new InvalidInput("endDate", "must be after the period of care started, on " + open.start());
        }
        boolean laterFacts = open.placements().stream().anyMatch(p -> !p.start().isBefore(endDate))
                || open.legalStatuses().stream().anyMatch(st -> !st.from().isBefore(endDate));
        if (laterFacts) {
            throw new Conflict("endDate", "a placement or legal status of this period starts on or after " + endDate);
        }
        return replacingCurrent(open.endingOn(endDate, reason));
    }

    /** A move, or a change of placement type without a move (placed for adoption with the same carers). */
    public Child recordPlacement(Placement placement, LocalDate today) {
        PeriodOfCare open = currentPeriod().orElseThrow(() -> new Conflict(null, "the child is not looked after"));
        if (placement.start().isAfter(today)) {
            throw new InvalidInput("startDate", "must not be in the future");
        }
        if (placement.start().isBefore(open.start())) {
            throw new Conflict("startDate", "the period of care started on " + open.start());
        }
        if (open.placements().stream().anyMatch(p -> p.start().equals(placement.start()))) {
            throw new Conflict("startDate", "a placement already starts on " + placement.start());
        }
        return replacingCurrent(open.withPlacement(placement));
    }

    /** A change of legal status within the period of care. */
    public Child changeLegalStatus(LegalStatusSpell spell, LocalDate today) {
        PeriodOfCare open = currentPeriod().orElseThrow(() -> new Conflict(null, "the child is not looked after"));
        if (spell.from().isAfter(today)) {
            throw new InvalidInput("from", "must not be in the future");
        }
        if (spell.from().isBefore(open.start())) {
            throw new Conflict("from", "the period of care started on " + open.start());
        }
        if (open.legalStatuses().stream().anyMatch(s -> s.from().equals(spell.from()))) {
            throw new Conflict("from", "a legal status already starts on " + spell.from());
        }
        return replacingCurrent(open.withLegalStatus(spell));
    }

    private Child replacingCurrent(PeriodOfCare changed) {
        List<PeriodOfCare> all = new ArrayList<>(periods.subList(0, periods.size() - 1));
        all.add(changed);
        return new Child(authority, id, demographics, all, socialWorker);
    }

    /** Allocates (or changes) the child's social worker. */
    public Child withSocialWorker(SocialWorker allocated) {
        return new Child(authority, id, demographics, periods, Objects.requireNonNull(allocated));
    }

    public Optional<SocialWorker> socialWorker() {
        return Optional.ofNullable(socialWorker);
    }

    public Optional<PeriodOfCare> currentPeriod() {
        return latestPeriod().filter(PeriodOfCare::isOpen);
    }

    public Optional<PeriodOfCare> latestPeriod() {
        return periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(periods.size() - 1));
    }

    public boolean isLookedAfterOn(LocalDate day) {
        return periods.stream().anyMatch(p -> p.isLookedAfterOn(day));
    }

    public AuthorityCode authority() {
        return authority;
    }

    public ChildId id() {
        return id;
    }

    public Demographics demographics() {
        return demographics;
    }

    public LocalDate dateOfBirth() {
        return demographics.dateOfBirth();
    }

    /** The day the looked-after review cycle ends (domain.md, "At 18"); pathway plan reviews may follow. */
    public LocalDate eighteenthBirthday() {
        return eighteenthBirthday(demographics.dateOfBirth());
    }

    public static LocalDate eighteenthBirthday(LocalDate dateOfBirth) {
        return dateOfBirth.plusYears(18);
    }

    /** What this record says that cannot be true on {@code today}. */
    public List<DataProblem> dataProblems(LocalDate today) {
        return DataProblem.of(dateOfBirth(), currentPeriod().isPresent(), today);
    }

    public List<PeriodOfCare> periods() {
        return periods;
    }
}
