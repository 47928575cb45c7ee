package org.openiro.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BankHolidayCalendarTest {

    private final BankHolidayCalendar calendar = BankHolidayCalendar.englandAndWales();

    @ParameterizedTest(name = "{0} is not a working day")
    @ValueSource(strings = {"2020-05-08", "2021-12-27", "2021-12-28", "2022-06-02", "2022-06-03", "2022-09-19",
            "2023-05-08", "2026-12-28", "2024-03-29", "2024-04-01", "2023-12-25", "2023-12-26", "2024-01-01",
            "2023-05-27", "2023-05-28"})
    void substitute_one_off_and_fixed_holidays_are_not_working_days(String day) {
        assertThat(calendar.isWorkingDay(LocalDate.parse(day))).isFalse();
    }

    @ParameterizedTest(name = "{0} is a working day")
    @ValueSource(strings = {"2020-05-04", "2023-05-02", "2024-03-28", "2021-12-29", "2026-12-29"})
    void ordinary_weekdays_are_working_days(String day) {
        assertThat(calendar.isWorkingDay(LocalDate.parse(day))).isTrue();
    }

    @ParameterizedTest(name = "{1} working days after {0} is {2}")
    @CsvSource({
            "2023-12-15, 20, 2024-01-17", // domain.md: looked after on Fri 15 Dec 2023
            "2023-04-28, 20, 2023-05-31", // foundation issue: 1, 8 and 29 May 2023 are bank holidays
            "2023-04-28, 1, 2023-05-02",
            "2021-12-24, 1, 2021-12-29",
            "2024-03-14, 0, 2024-03-14"})
    void counts_working_days_forward_without_the_day_itself(LocalDate from, int n, LocalDate expected) {
        assertThat(calendar.workingDaysAfter(from, n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} working days before {0} is {2}")
    @CsvSource({
            "2024-03-14, 3, 2024-03-11", // domain.md: the social worker's report before a Thursday meeting
            "2024-04-02, 1, 2024-03-28", // over Easter 2024
            "2023-05-09, 1, 2023-05-05"})
    void counts_working_days_back(LocalDate from, int n, LocalDate expected) {
        assertThat(calendar.workingDaysBefore(from, n)).isEqualTo(expected);
    }

    @Test
    void working_days_between_is_the_inverse_of_counting_forward() {
        LocalDate start = LocalDate.of(2023, 4, 28);
        for (int n = 0; n < 300; n++) {
            assertThat(calendar.workingDaysBetween(start, calendar.workingDaysAfter(start, n))).isEqualTo(n);
        }
    }

    @Test
    void the_shipped_list_matches_jollyday_for_england_in_every_covered_year() {
        HolidayManager england = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
        Set<LocalDate> expected = new TreeSet<>();
        for (int year = 2000; year <= 2040; year++) {
            england.getHolidays(Year.of(year), "eng").stream()
                    .map(h -> h.getObservedDate().orElse(h.getActualDate()))
                    .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
                    .forEach(expected::add);
        }
        assertThat(calendar.bankHolidays()).containsExactlyElementsOf(expected);
        assertThat(expected.stream().filter(d -> d.getYear() >= 2015 && d.getYear() <= 2030)
                .collect(Collectors.toSet())).hasSizeGreaterThan(16 * 8);
    }

    @Test
    void a_date_beyond_the_list_is_refused_rather_than_guessed() {
        assertThatThrownBy(() -> calendar.workingDaysAfter(LocalDate.of(2040, 12, 20), 20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("covers 2000-01-01 to 2040-12-31");
    }
}
