package org.openiro.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openiro.calendar.BankHolidayCalendar;
import org.openiro.calendar.WorkingDayCalendar;

/**
 * {@link Days}' arithmetic against {@code LocalDate}'s, day by day: the schedule's dates as numbers must be the dates
 * it would have made (issue 23, ninth step: epoch days and working days with no {@code LocalDate} made).
 */
class DaysTest {

    private static final LocalDate FROM = LocalDate.of(1896, 1, 1); // 1900, a century not leap, and 2000, one that is
    private static final LocalDate TO = LocalDate.of(2104, 12, 31);

    @Test
    void a_day_as_an_epoch_day_and_back_is_what_LocalDate_says_for_every_day_of_two_centuries() {
        for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
            assertThat(Days.toEpochDay(Days.of(day))).as("%s", day).isEqualTo(day.toEpochDay());
            assertThat(Days.ofEpochDay(day.toEpochDay())).as("%s", day).isEqualTo(Days.of(day));
        }
    }

    @Test
    void the_working_days_after_a_day_as_numbers_are_the_calendars_answer_for_the_date() {
        WorkingDayCalendar calendar = BankHolidayCalendar.englandAndWales();
        for (LocalDate day = LocalDate.of(2019, 1, 1); day.isBefore(LocalDate.of(2027, 1, 1)); day = day.plusDays(1)) {
            for (int n : new int[] {1, 20, 60}) {
                assertThat(Days.date(Days.workingDaysAfter(calendar, Days.of(day), n))).as("%s + %d", day, n)
                        .isEqualTo(calendar.workingDaysAfter(day, n));
            }
        }
        // Fri 15 Dec 2023: the 20th working day after, across Christmas and New Year, is Wed 17 Jan 2024.
        assertThat(Days.date(Days.workingDaysAfter(calendar, Days.of(LocalDate.of(2023, 12, 15)), 20)))
                .isEqualTo(LocalDate.of(2024, 1, 17));
    }

    @Test
    void a_day_the_calendar_does_not_cover_is_refused_as_a_date_is() {
        WorkingDayCalendar calendar = new BankHolidayCalendar(java.util.List.of(), 2020, 2021);
        int outside = Days.of(LocalDate.of(2022, 3, 1));

        assertThatThrownBy(() -> Days.workingDaysAfter(calendar, outside, 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2022-03-01");
        assertThatThrownBy(() -> Days.workingDaysAfter(calendar, Days.of(LocalDate.of(2021, 12, 20)), 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021-12-20");
    }
}
