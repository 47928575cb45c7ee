package org.openiro.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openiro.children.Child;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
import org.openiro.children.PlacementType;
import org.openiro.reviews.Direction;
import org.openiro.reviews.HeldReview;
import org.openiro.reviews.HeldRows;
import org.openiro.reviews.Meetings;
import org.openiro.reviews.Review;

/**
 * A child's history as the service holds it when it schedules the child: just read from the database, every object
 * new, and the reviews as {@link Review}s, which {@code Timetable} turns into {@link HeldReview}s for the schedule.
 * The schedule's call sites ({@code Timetable.of}, {@code reschedule} and {@code record}, and the import's measuring,
 * a batch at a time) all compute right after the history was read (or merged), so its objects are fresh, side by side
 * and in the CPU's caches; none computes from histories read long before, as the 100,000 the benchmark generates once
 * are (docs/benchmarks.md, {@code schedule}, issue 23, fifth step).
 *
 * <p>Made here by copying a generated history, every date a new {@code LocalDate} as the JDBC driver makes them, in
 * the order an adapter reads them (the child, its periods with their placements and legal statuses, then the
 * reviews, then the directions; in the JDBC adapter's {@code heldOf} the directions come with the reviews, and
 * here they are read first in both forms). The copying stands for the reading, whose cost is the adapter's and is not
 * timed.
 */
record JustRead(Child child, List<Review> reviews, HeldRows rows, List<Direction> directions) {

    static JustRead of(ChildHistories.History history) {
        return of(history, false);
    }

    /**
     * @param asRows the reviews as {@code Timetable.of} reads them since issue 23's sixth step: as numbers ({@link
     *               HeldRows}, each id a new string and each meeting a {@code yyyymmdd} int, as the JDBC adapter reads
     *               them), with no {@code Review} made; and since the eighth step the child's care with them, as
     *               numbers, as both adapters' {@code heldOf} read it
     */
    static JustRead of(ChildHistories.History history, boolean asRows) {
        Child stored = history.child();
        List<PeriodOfCare> periods = new ArrayList<>(stored.periods().size());
        for (PeriodOfCare period : stored.periods()) {
            List<Placement> placements = new ArrayList<>(period.placements().size());
            for (Placement placement : period.placements()) {
                placements.add(new Placement(read(placement.start()), new PlacementType(placement.type().code()),
                        placement.over20Miles(), placement.planned()));
            }
            List<LegalStatusSpell> statuses = new ArrayList<>(period.legalStatuses().size());
            for (LegalStatusSpell spell : period.legalStatuses()) {
                statuses.add(new LegalStatusSpell(read(spell.from()), spell.status()));
            }
            periods.add(new PeriodOfCare(read(period.start()), read(period.end()), period.endReason(),
                    period.startKnown(), statuses, placements));
        }
        Child child = new Child(stored.authority(), stored.id(), new Child.Demographics(null,
                read(stored.dateOfBirth()), stored.demographics().gender(), stored.demographics().ethnicity(),
                stored.demographics().uasc(), stored.demographics().disability()), periods, null);
        List<Direction> directions = new ArrayList<>(history.directions().size());
        for (Direction direction : history.directions()) {
            directions.add(new Direction(read(direction.dueBy()), direction.reason(), read(direction.directedOn())));
        }
        if (asRows) {
            HeldRows rows = new HeldRows();
            for (HeldReview held : history.reviews()) {
                rows.add(new String(held.id()), held.kind(), HeldRows.yyyymmdd(held.meetings().first()),
                        HeldRows.yyyymmdd(held.meetings().last()), held.complete());
            }
            // The care read with the reviews, as numbers (issue 23, eighth step): each kind in the order of its day.
            rows.careOf(stored);
            return new JustRead(child, List.of(), rows, directions);
        }
        List<Review> reviews = new ArrayList<>(history.reviews().size());
        for (HeldReview held : history.reviews()) {
            List<LocalDate> dates = new ArrayList<>(held.meetings().dates().size());
            for (LocalDate date : held.meetings().dates()) {
                dates.add(read(date));
            }
            reviews.add(new Review(new String(held.id()), child.authority(), child.id(), held.kind(),
                    new Meetings(dates), held.complete(), null, null, null, null, null, null, null, 1));
        }
        return new JustRead(child, reviews, null, directions);
    }

    /** A date as a driver reads it: a new object. */
    private static LocalDate read(LocalDate date) {
        return date == null ? null : LocalDate.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** The reviews as {@code Timetable} hands them to the schedule. */
    List<HeldReview> held() {
        return reviews.stream().map(Review::asHeld).toList();
    }
}
