package org.openiro.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** reports.md: the previous period, beside which every figure is shown. */
class ReportPeriodTest {

    private static ReportPeriod period(String from, String to) {
        return new ReportPeriod(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void a_year_of_whole_months_is_compared_with_the_year_before() {
        assertThat(period("2023-04-01", "2024-03-31").previous()).isEqualTo(period("2022-04-01", "2023-03-31"));
    }

    @Test
    void a_half_year_a_quarter_and_a_month_with_as_many_months_just_before() {
        assertThat(period("2024-04-01", "2024-09-30").previous()).isEqualTo(period("2023-10-01", "2024-03-31"));
        assertThat(period("2024-01-01", "2024-03-31").previous()).isEqualTo(period("2023-10-01", "2023-12-31"));
        assertThat(period("2024-03-01", "2024-03-31").previous()).as("February of a leap year, whole")
                .isEqualTo(period("2024-02-01", "2024-02-29"));
    }

    @Test
    void two_arbitrary_dates_with_as_many_days_ending_the_day_before() {
        assertThat(period("2024-03-10", "2024-03-19").previous()).isEqualTo(period("2024-02-29", "2024-03-09"));
        assertThat(period("2024-05-15", "2024-05-15").previous()).isEqualTo(period("2024-05-14", "2024-05-14"));
    }
}
