package org.openiro.http.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openiro.reporting.ReportPeriod;

/** The QA report page's period when none is asked for: this financial year to the end of the last complete month. */
class QaReportPeriodTest {

    @Test
    void in_december_it_runs_from_april_to_the_end_of_november() {
        assertThat(QaReportPageController.yearToDate(LocalDate.of(2026, 12, 6)))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 11, 30)));
    }

    @Test
    void in_april_it_is_the_whole_year_just_ended() {
        assertThat(QaReportPageController.yearToDate(LocalDate.of(2027, 4, 15)))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)));
    }

    @Test
    void in_may_it_is_april_alone() {
        assertThat(QaReportPageController.yearToDate(LocalDate.of(2027, 5, 1)))
                .isEqualTo(new ReportPeriod(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 30)));
    }
}
