package org.openiro.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openiro.children.Child;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
import org.openiro.reviews.HeldReview;
import org.openiro.reviews.HeldRows;
import org.openiro.reviews.ReviewSchedule;
import org.openiro.calendar.BankHolidayCalendar;

/**
 * A child's reviews as an adapter hands them to the schedule when it reads them as numbers ({@link HeldRows}: the
 * JDBC adapter's {@code heldOf}, which reads each review's first and last meeting as {@code yyyymmdd} ints), in the
 * order given. What the service's {@code Timetable.of} schedules from since issue 23's sixth step.
 */
final class AsRows {

    private static final ReviewSchedule LAYOUT = new ReviewSchedule(BankHolidayCalendar.englandAndWales());

    private AsRows() {
    }

    static HeldRows of(List<HeldReview> reviews) {
        HeldRows rows = new HeldRows(reviews.size());
        for (int i = 0; i < reviews.size(); i++) {
            HeldReview review = reviews.get(i);
            rows.add(review.id(), review.kind(), HeldRows.yyyymmdd(review.meetings().first()),
                    HeldRows.yyyymmdd(review.meetings().last()), review.complete());
        }
        return rows;
    }

    /**
     * The reviews and the child's care as the JDBC adapter's {@code heldOf} hands them over since issue 23's eighth
     * step: the date of birth, the periods oldest first, then every legal status and then every placement, each kind
     * in the order of its day across the child's periods (the statement's {@code ORDER BY}), not period by period.
     */
    static HeldRows withCare(List<HeldReview> reviews, Child child) {
        HeldRows rows = of(reviews);
        rows.dateOfBirth(HeldRows.yyyymmdd(child.dateOfBirth()));
        List<PeriodOfCare> periods = child.periods();
        record Dated<T>(int period, T fact, java.time.LocalDate day) {
        }
        List<Dated<LegalStatusSpell>> statuses = new ArrayList<>();
        List<Dated<Placement>> placements = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            PeriodOfCare period = periods.get(p);
            rows.period(HeldRows.yyyymmdd(period.start()), period.end() == null ? 0 : HeldRows.yyyymmdd(period.end()),
                    period.startKnown());
            for (LegalStatusSpell spell : period.legalStatuses()) {
                statuses.add(new Dated<>(p, spell, spell.from()));
            }
            for (Placement placement : period.placements()) {
                placements.add(new Dated<>(p, placement, placement.start()));
            }
        }
        statuses.sort(Comparator.comparing(Dated::day));
        placements.sort(Comparator.comparing(Dated::day));
        for (Dated<LegalStatusSpell> each : statuses) {
            rows.legalStatus(each.period(), HeldRows.yyyymmdd(each.day()), each.fact().status());
        }
        for (Dated<Placement> each : placements) {
            rows.placement(each.period(), HeldRows.yyyymmdd(each.day()), each.fact().type().code());
        }
        // Laid out once here, as held: the care is put in order behind the reviews' rows the first time they are laid
        // out, so a child's rows are made once, together, as an adapter's are, not at the benchmark's first iteration.
        LAYOUT.history(rows, List.of());
        return rows;
    }
}
