package org.openiro.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openiro.reviews.History.d;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiro.authority.Policy;
import org.openiro.authority.PolicyHistory;
import org.openiro.calendar.BankHolidayCalendar;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.Child;

/**
 * Rows that carry the child's care are laid out once (issue 23, ninth step): the cycles of the care are walked as the
 * care is first laid out and kept with it, and the reviews, laid out where they stand, keep their cycle and whether
 * their series finished within its limit; a later layout for the same calendar reads them, for another calendar
 * measures the series again.
 */
class HeldRowsLayoutTest {

    private static final PolicyHistory STATUTORY = PolicyHistory.of(Policy.statutory());

    /** A series of short breaks with a review, then ordinary care with two: two cycles. */
    private static History breaksThenCare() {
        return History.child().bornOn("2010-05-01")
                .shortBreak("2023-01-09", "2023-01-13")
                .shortBreak("2023-03-06", "2023-03-10")
                .reviewedOn("2023-04-05")
                .lookedAfterFrom("2023-11-20")
                // A series across Christmas: the 20th working day after Mon 11 Dec 2023 is Thu 11 Jan 2024 in England.
                .reviewedOn("2023-12-11", "2024-01-11")
                .reviewedOn("2024-04-02");
    }

    /** {@link #breaksThenCare()}'s reviews and care as an adapter reads them. */
    private static HeldRows rowsWithCare(History history) {
        Child child = history.asChild();
        return new HeldRows()
                .add("R1", ReviewKind.CLA, 20230405, 20230405, true)
                .add("R2", ReviewKind.CLA, 20231211, 20240111, true)
                .add("R3", ReviewKind.CLA, 20240402, 20240402, true)
                .careOf(child);
    }

    @Test
    void the_cycles_are_walked_with_the_care_as_the_rule_walks_them_and_kept_after_it() {
        History history = breaksThenCare();
        HeldRows rows = rowsWithCare(history);
        List<ReviewCycles.Cycle> cycles = ReviewCycles.of(history.asChild().periods());

        ReviewHistory laidOut = History.SCHEDULE.history(rows, List.of());

        assertThat(cycles).hasSize(2);
        assertThat(rows.cycles()).isEqualTo(cycles.size());
        assertThat(laidOut.cycleRows).as("the history reads the rows' own cycles").isSameAs(rows.care());
        for (int c = 0; c < cycles.size(); c++) {
            ReviewCycles.Cycle cycle = cycles.get(c);
            assertThat(Days.date(laidOut.cycleStart(c))).isEqualTo(cycle.start());
            assertThat(laidOut.shortBreaks(c)).isEqualTo(cycle.shortBreaks());
            assertThat(laidOut.current(c)).isEqualTo(cycle.current());
            assertThat(Days.date(laidOut.careStarted(c))).isEqualTo(cycle.careStarted());
        }
        // Nothing but the directions is laid out for a call: with none, no array of its own.
        assertThat(laidOut.days).isEmpty();
    }

    @Test
    void laid_out_again_for_the_same_calendar_the_reviews_are_not_worked_out_again() {
        History history = breaksThenCare();
        HeldRows rows = rowsWithCare(history);
        CountingCalendar calendar = new CountingCalendar(BankHolidayCalendar.englandAndWales());
        ReviewSchedule schedule = new ReviewSchedule(calendar);

        Schedule first = schedule.compute(STATUTORY, rows, List.of());
        Schedule again = schedule.compute(STATUTORY, rows, List.of());

        // The schedule itself asks again (the care start's 20 working days); the series' limit is kept with its row.
        assertThat(calendar.seriesAsked).as("the series' limit, asked once").isEqualTo(1);
        assertThat(again.timings()).isEqualTo(first.timings());
        assertThat(again.next()).isEqualTo(first.next());
        assertThat(again.timings()).isEqualTo(history.schedule().timings());
        assertThat(again.next()).isEqualTo(history.schedule().next());
    }

    @Test
    void laid_out_again_for_another_calendar_the_series_is_measured_by_that_one() {
        History history = breaksThenCare();
        HeldRows rows = rowsWithCare(history);
        // No bank holidays: the 20th working day after 11 December 2023 is 8 January 2024, before the series ended.
        WorkingDayCalendar noHolidays = new BankHolidayCalendar(List.of(), 2000, 2040);

        Schedule inEngland = History.SCHEDULE.compute(STATUTORY, rows, List.of());
        Schedule withNone = new ReviewSchedule(noHolidays).compute(STATUTORY, rows, List.of());

        assertThat(inEngland.timingOf("R2").orElseThrow().inTimescale()).isTrue();
        assertThat(withNone.timingOf("R2").orElseThrow().inTimescale()).isFalse();
        assertThat(new ReviewSchedule(noHolidays).compute(STATUTORY, history.asChild(), rows.asHeld(), List.of())
                .timings()).isEqualTo(withNone.timings());
    }

    /** England and Wales's calendar, counting what it is asked; a series' limit is 20 working days after its start. */
    private static final class CountingCalendar implements WorkingDayCalendar {
        private final WorkingDayCalendar calendar;
        private int seriesAsked;

        CountingCalendar(WorkingDayCalendar calendar) {
            this.calendar = calendar;
        }

        @Override
        public boolean isWorkingDay(LocalDate day) {
            return calendar.isWorkingDay(day);
        }

        @Override
        public LocalDate workingDaysAfter(LocalDate day, int n) {
            if (day.equals(d("2023-12-11"))) {
                seriesAsked++;
            }
            return calendar.workingDaysAfter(day, n);
        }

        @Override
        public LocalDate workingDaysBefore(LocalDate day, int n) {
            return calendar.workingDaysBefore(day, n);
        }

        @Override
        public int workingDaysBetween(LocalDate from, LocalDate to) {
            return calendar.workingDaysBetween(from, to);
        }
    }
}
