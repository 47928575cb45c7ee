package org.openiro.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.UnknownAuthority;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.reviews.Meetings;
import org.openiro.reviews.Participation;
import org.openiro.reviews.Review;
import org.openiro.reviews.ReviewKind;
import org.openiro.reviews.Timetable;
import org.openiro.reviews.port.out.ReviewRepository;
import org.openiro.shared.UnitOfWork;
import org.openiro.ssda903.port.in.ImportSsda903UseCase;

/**
 * Loads a return's files into the register in one unit of work (api.md, "SSDA903"): children matched by {@code CHILD},
 * periods of care and placements by child and start date, reviews by child and review date. A matched record whose
 * facts differ is updated; nothing is deleted, so what the service recorded beyond the files stays. Each child's
 * reviews are then measured by the review cycle, as if they had been recorded one by one.
 */
public final class ImportReturn implements ImportSsda903UseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final ReviewRepository reviews;
    private final Timetable timetable;
    private final UnitOfWork unitOfWork;

    public ImportReturn(AuthorityRepository authorities, ChildRepository children, ReviewRepository reviews,
                        Timetable timetable, UnitOfWork unitOfWork) {
        this.authorities = authorities;
        this.children = children;
        this.reviews = reviews;
        this.timetable = timetable;
        this.unitOfWork = unitOfWork;
    }

    /** Counts made, changed and unchanged records as the import goes. */
    private static final class Tally {
        int created;
        int changed;
        int unchanged;

        <T> void compare(T before, T after) {
            if (before == null) {
                created++;
            } else if (before.equals(after)) {
                unchanged++;
            } else {
                changed++;
            }
        }

        Counts counts() {
            return new Counts(created, changed, unchanged);
        }
    }

    @Override
    public Imported importFiles(AuthorityCode code, Ssda903Check.Files files) {
        List<ImportProblem> problems = Ssda903Check.check(files);
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
        Ssda903Return read = Ssda903Return.from(code, files);
        return unitOfWork.inTransaction(() -> {
            Authority authority = authorities.find(code).orElseThrow(() -> new UnknownAuthority(code));
            Tally childTally = new Tally();
            Tally periodTally = new Tally();
            Tally placementTally = new Tally();
            Tally reviewTally = new Tally();
            Map<ChildId, Child> saved = new TreeMap<>(java.util.Comparator.comparing(ChildId::value));
            for (Child imported : read.children()) {
                Optional<Child> stored = children.findForChange(code, imported.id());
                childTally.compare(stored.map(Child::demographics).orElse(null), imported.demographics());
                Child merged = stored.map(s -> merge(s, imported, periodTally, placementTally)).orElseGet(() -> {
                    imported.periods().forEach(p -> {
                        periodTally.created++;
                        placementTally.created += p.placements().size();
                    });
                    return imported;
                });
                children.save(merged);
                saved.put(merged.id(), merged);
            }
            for (Ssda903Return.ImportedReview review : read.reviews()) {
                importReview(code, review, reviewTally);
            }
            for (Child child : saved.values()) {
                timetable.reschedule(authority, child);
            }
            return new Imported(childTally.counts(), periodTally.counts(), placementTally.counts(),
                    reviewTally.counts());
        });
    }

    private Child merge(Child stored, Child imported, Tally periods, Tally placements) {
        Map<LocalDate, PeriodOfCare> byStart = new TreeMap<>();
        stored.periods().forEach(p -> byStart.put(p.start(), p));
        for (PeriodOfCare period : imported.periods()) {
            PeriodOfCare match = byStart.get(period.start());
            if (match == null && !period.startKnown()) {
                // A first episode that continues care continues the stored open period (api.md).
                match = stored.currentPeriod().orElse(null);
            }
            PeriodOfCare merged = match == null ? period : union(match, period, placements);
            if (match == null) {
                placements.created += period.placements().size();
            } else {
                byStart.remove(match.start());
            }
            periods.compare(match, merged);
            byStart.put(merged.start(), merged);
        }
        Child.Demographics demographics = new Child.Demographics(stored.demographics().name(),
                imported.demographics().dateOfBirth(), imported.demographics().gender(),
                imported.demographics().ethnicity(), stored.demographics().uasc() || imported.demographics().uasc(),
                stored.demographics().disability());
        return new Child(stored.authority(), stored.id(), demographics, new ArrayList<>(byStart.values()),
                stored.socialWorker().orElse(null));
    }

    /** The stored period with the file's facts over it: its end, and its spells and placements by date. */
    private static PeriodOfCare union(PeriodOfCare stored, PeriodOfCare imported, Tally placements) {
        Map<LocalDate, Placement> byStart = byDate(stored.placements(), Placement::start);
        for (Placement placement : imported.placements()) {
            Placement before = byStart.get(placement.start());
            Placement after = before == null ? placement
                    : new Placement(placement.start(), placement.type(), before.over20Miles(), before.planned());
            placements.compare(before, after);
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

    private void importReview(AuthorityCode code, Ssda903Return.ImportedReview imported, Tally tally) {
        Optional<Review> stored = reviews.ofChild(code, imported.child()).stream()
                .filter(r -> r.kind() == ReviewKind.CLA && r.meetings().last().equals(imported.held())).findFirst();
        if (stored.isEmpty()) {
            reviews.insert(new Review(UUID.randomUUID().toString(), code, imported.child(), ReviewKind.CLA,
                    Meetings.on(imported.held()), true, null,
                    new Participation(imported.participation(), null, null), null, null, List.of(), null, null, 0));
            tally.created++;
            return;
        }
        Review review = stored.get();
        if (review.participation() != null && review.participation().code() == imported.participation()) {
            tally.unchanged++;
            return;
        }
        Participation participation = new Participation(imported.participation(), review.participation() == null
                ? null : review.participation().methods(), review.participation() == null ? null
                : review.participation().chairedByChild());
        reviews.update(review.amended(review.meetings(), review.seriesComplete(), participation, review.attended(),
                review.advocacy(), review.consultation(), review.facts()));
        tally.changed++;
    }
}
