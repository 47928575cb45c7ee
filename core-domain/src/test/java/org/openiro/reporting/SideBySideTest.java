package org.openiro.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** reports.md: every figure with the previous period's beside it, whichever of the two periods has the breakdown. */
class SideBySideTest {

    private static final ReportPeriod YEAR = new ReportPeriod(LocalDate.parse("2024-04-01"),
            LocalDate.parse("2025-03-31"));
    private static final ReportPeriod YEAR_BEFORE = YEAR.previous();

    private static Figure count(String section, String id, String breakdown, long n) {
        return Figure.count(section, id, breakdown, n);
    }

    private static List<ServiceReport.Line> lines(String section, List<Figure> now, List<Figure> before) {
        Map<String, List<ServiceReport.Line>> lines = SideBySide.lines(YEAR, now, YEAR_BEFORE, before);
        return lines.get(section);
    }

    @Test
    void an_iro_who_left_keeps_last_years_caseload_beside_a_0_next_to_the_other_iros() {
        List<ServiceReport.Line> lines = lines("workforce",
                List.of(count("workforce", "caseload", "iro:iro-1", 3), count("workforce", "caseload", null, 3)),
                List.of(count("workforce", "caseload", "iro:iro-1", 2), count("workforce", "caseload", "iro:iro-4", 1),
                        count("workforce", "caseload", null, 3)));

        assertThat(lines).extracting(ServiceReport.Line::breakdown, ServiceReport.Line::value,
                ServiceReport.Line::previousValue).containsExactly(tuple("iro:iro-1", 3.0, 2.0),
                tuple("iro:iro-4", 0.0, 1.0), tuple(null, 3.0, 3.0));
    }

    @Test
    void a_legal_status_nobody_now_holds_keeps_its_row_and_one_new_this_year_was_0_the_year_before() {
        String c = "children-looked-after";
        List<ServiceReport.Line> lines = lines(c,
                List.of(count(c, "legal-status-at-end", "legal-status:C1", 38),
                        count(c, "legal-status-at-end", "legal-status:C2", 1), count(c, "unregulated", null, 1)),
                List.of(count(c, "legal-status-at-end", "legal-status:C1", 36),
                        count(c, "legal-status-at-end", "legal-status:V2", 1), count(c, "unregulated", null, 0)));

        assertThat(lines).extracting(ServiceReport.Line::id, ServiceReport.Line::breakdown, ServiceReport.Line::value,
                ServiceReport.Line::previousValue).containsExactly(
                tuple("legal-status-at-end", "legal-status:C1", 38.0, 36.0),
                tuple("legal-status-at-end", "legal-status:C2", 1.0, 0.0),
                tuple("legal-status-at-end", "legal-status:V2", 0.0, 1.0),
                tuple("unregulated", null, 1.0, 0.0));
    }

    @Test
    void a_share_only_the_previous_period_has_is_nothing_out_of_nothing_now() {
        String p = "participation";
        List<ServiceReport.Line> lines = lines(p, List.of(count(p, "by-code", "code:PN1", 1)),
                List.of(count(p, "by-code", "code:PN1", 1),
                        Figure.share(p, "consultation-returned", "party:school", 1, 2, null)));

        ServiceReport.Line school = lines.get(1);
        assertThat(school.breakdown()).isEqualTo("party:school");
        assertThat(school.value()).as("0 of 0 is no share").isNull();
        assertThat(school.numerator()).isZero();
        assertThat(school.denominator()).isZero();
        assertThat(school.previousValue()).isEqualTo(0.5);
    }

    @Test
    void a_month_is_beside_the_month_as_far_into_the_year_before_and_none_is_added_from_it() {
        String r = "reviews";
        List<ServiceReport.Line> lines = lines(r,
                List.of(count(r, "held-by-month", "month:2024-04", 35), count(r, "held-by-month", "month:2025-03", 1)),
                List.of(count(r, "held-by-month", "month:2023-04", 34), count(r, "held-by-month", "month:2024-03", 0),
                        count(r, "held-by-month", "month:2024-04", 9)));

        assertThat(lines).extracting(ServiceReport.Line::breakdown, ServiceReport.Line::value,
                ServiceReport.Line::previousValue).containsExactly(tuple("month:2024-04", 35.0, 34.0),
                tuple("month:2025-03", 1.0, 0.0));
    }
}
