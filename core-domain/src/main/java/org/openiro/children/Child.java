package org.openiro.children;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
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

    /**
     * A child as a return's files give them (SSDA903): who they are, and the periods of care their episodes fold into.
     * A child looked after in two periods at once is refused, naming them: no record can say that, and the import
     * cannot tell which period is right.
     */
    public static Child fromReturn(AuthorityCode authority, ChildId id, Demographics demographics,
                                   List<PeriodOfCare> periods) {
        Child child = new Child(authority, id, demographics, periods, null);
        PeriodOfCare before = null;
        for (PeriodOfCare period : child.periods) {
            if (before != null && overlap(before, period)) {
                throw new Conflict(null, "Child " + id.value() + ": the files' periods of care from " + before.start()
                        + " and from " + period.start() + " overlap, and the import cannot tell which is right;"
                        + " nothing was imported. Correct the files, and import again.");
            }
            before = period;
        }
        return child;
    }

    /** A fact of a return beside what was on record for it: {@code before} is null for a new one. */
    public record Change<T>(T before, T after) {
    }

    /**
     * What a later return makes of this child: the child with the files' history over theirs, and each period of care
     * and placement of the files beside what was on record for it, for the import to count.
     */
    public record ReturnMerge(Child child, List<Change<PeriodOfCare>> periods, List<Change<Placement>> placements) {
    }

    /**
     * This child, on record, with a return's account of them over it. A file's period is matched to the stored period
     * that starts on the same day, or else to one it overlaps (an amended return that moved the first {@code DECOM}),
     * which it then amends; stored periods the files do not touch stay. The return's date of birth, gender and
     * ethnicity replace the record's; the name, disability and social worker, which a return does not carry, stay, and
     * a child once recorded as unaccompanied stays so. A child whose periods would then overlap is refused, naming
     * them, since the import cannot tell which record is right.
     */
    public ReturnMerge mergeReturn(Child fromReturn) {
        List<Change<PeriodOfCare>> periodChanges = new ArrayList<>();
        List<Change<Placement>> placementChanges = new ArrayList<>();
        Map<LocalDate, PeriodOfCare> byStart = new TreeMap<>();
        periods.forEach(p -> byStart.put(p.start(), p));
        Set<LocalDate> fromFile = new HashSet<>();
        for (PeriodOfCare period : fromReturn.periods()) {
            PeriodOfCare match = byStart.get(period.start());
            if (match == null && !period.startKnown()) {
                // A first episode that continues care continues the stored open period (api.md).
                match = currentPeriod().filter(open -> byStart.containsKey(open.start())).orElse(null);
            }
            if (match == null) {
                match = byStart.values().stream().filter(p -> !fromFile.contains(p.start()) && overlap(p, period))
                        .findFirst().orElse(null);
            }
            PeriodOfCare merged;
            if (match == null) {
                merged = period;
                period.placements().forEach(p -> placementChanges.add(new Change<>(null, p)));
            } else {
                merged = match.start().equals(period.start()) || !period.startKnown()
                        ? union(match, period, placementChanges) : amended(match, period, placementChanges);
                byStart.remove(match.start());
            }
            periodChanges.add(new Change<>(match, merged));
            byStart.put(merged.start(), merged);
            fromFile.add(merged.start());
        }
        refuseOverlaps(id, byStart.values());
        Demographics imported = fromReturn.demographics();
        Demographics merged = new Demographics(demographics.name(), imported.dateOfBirth(), imported.gender(),
                imported.ethnicity(), demographics.uasc() || imported.uasc(), demographics.disability());
        return new ReturnMerge(new Child(authority, id, merged, new ArrayList<>(byStart.values()), socialWorker),
                List.copyOf(periodChanges), List.copyOf(placementChanges));
    }

    /** Looked after on a common day: each starts before the other ends (the end is the first day not looked after). */
    private static boolean overlap(PeriodOfCare a, PeriodOfCare b) {
        return (b.end() == null || a.start().isBefore(b.end())) && (a.end() == null || b.start().isBefore(a.end()));
    }

    /** A child is looked after in one period of care at a time. */
    private static void refuseOverlaps(ChildId child, Collection<PeriodOfCare> inOrderOfStart) {
        PeriodOfCare before = null;
        for (PeriodOfCare period : inOrderOfStart) {
            if (before != null && overlap(before, period)) {
                throw new Conflict(null, "Child " + child.value() + ": the files' period of care from "
                        + period.start() + " overlaps the period from " + before.start() + " on record, and the"
                        + " import cannot tell which is right; nothing was imported. Correct the child's record or"
                        + " the files, and import again.");
            }
            before = period;
        }
    }

    /**
     * The stored period as an amended return gives it: the file's start, legal statuses and placements. A placement the
     * service already knew (the same start) keeps what only the service records: whether the move was planned, and the
     * distance where the file cannot measure it.
     */
    private static PeriodOfCare amended(PeriodOfCare stored, PeriodOfCare imported, List<Change<Placement>> changes) {
        Map<LocalDate, Placement> known = byDate(stored.placements(), Placement::start);
        List<Placement> placed = new ArrayList<>();
        for (Placement placement : imported.placements()) {
            Placement before = known.get(placement.start());
            Placement after = before == null ? placement : withServiceFacts(placement, before);
            changes.add(new Change<>(before, after));
            placed.add(after);
        }
        LocalDate end = imported.end() != null ? imported.end() : stored.end();
        return new PeriodOfCare(imported.start(), end, imported.end() != null ? imported.endReason()
                : stored.endReason(), true, imported.legalStatuses(), placed);
    }

    /**
     * The file's placement; the file's measure of the distance wins, as its type does (a corrected postcode is a
     * change), but where the file cannot measure it what the service recorded stands.
     */
    private static Placement withServiceFacts(Placement fromFile, Placement recorded) {
        return new Placement(fromFile.start(), fromFile.type(),
                fromFile.over20Miles() != null ? fromFile.over20Miles() : recorded.over20Miles(), recorded.planned());
    }

    /** The stored period with the file's facts over it: its end, and its spells and placements by date. */
    private static PeriodOfCare union(PeriodOfCare stored, PeriodOfCare imported, List<Change<Placement>> changes) {
        Map<LocalDate, Placement> byStart = byDate(stored.placements(), Placement::start);
        for (Placement placement : imported.placements()) {
            Placement before = byStart.get(placement.start());
            Placement after = before == null ? placement : withServiceFacts(placement, before);
            changes.add(new Change<>(before, after));
            byStart.put(placement.start(), after);
        }
        Map<LocalDate, LegalStatusSpell> spells = byDate(stored.legalStatuses(), LegalStatusSpell::from);
        imported.legalStatuses().forEach(spell -> spells.put(spell.from(), spell));
        LocalDate end = imported.end() != null ? imported.end() : stored.end();
        return new PeriodOfCare(stored.start(), end, imported.end() != null ? imported.endReason() : stored.endReason(),
                stored.startKnown(), new ArrayList<>(spells.values()), new ArrayList<>(byStart.values()));
    }

    private static <T> Map<LocalDate, T> byDate(Collection<T> items, Function<T, LocalDate> date) {
        Map<LocalDate, T> byDate = new TreeMap<>();
        items.forEach(item -> byDate.put(date.apply(item), item));
        return byDate;
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
