package org.openiro.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SupportedDatesTest {

    private final WorkingDayCalendar calendar = BankHolidayCalendar.englandAndWales();

    @Test
    void the_messages_say_the_range_that_is_checked() {
        assertThat(SupportedDates.MESSAGE).contains(SupportedDates.FIRST.toString(), SupportedDates.LAST.toString());
        assertThat(SupportedDates.BIRTH_MESSAGE).contains(SupportedDates.FIRST_BIRTH.toString(),
                SupportedDates.LAST.toString());
    }

    @Test
    void what_a_schedule_derives_from_a_supported_date_stays_within_the_calendar() {
        for (LocalDate day : new LocalDate[] {SupportedDates.FIRST, SupportedDates.LAST}) {
            calendar.workingDaysAfter(day.plusMonths(6), 20);
            calendar.workingDaysBefore(day.minusMonths(6), 20);
            calendar.workingDaysBetween(day.minusMonths(6), day.plusMonths(6));
        }
        assertThat(SupportedDates.contains(SupportedDates.FIRST.minusDays(1))).isFalse();
        assertThat(SupportedDates.contains(SupportedDates.LAST.plusDays(1))).isFalse();
        assertThat(SupportedDates.containsBirth(LocalDate.of(1983, 1, 1))).isTrue();
    }
}
