package org.openiro.http.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openiro.reporting.ReportPeriod;

/** The report's charts: every label inside the drawing, both periods in the picture and in the words. */
class ChartsTest {

    private static final ComparisonChart.Periods PERIODS = new ComparisonChart.Periods(
            "1 April 2024 to 31 March 2025", "1 April 2023 to 31 March 2024");

    @Test
    void a_long_share_label_and_a_long_row_label_fit_inside_the_drawing() {
        String svg = ComparisonChart.svg("c1", "Participation", PERIODS, List.of(
                new ComparisonChart.Row("Unaccompanied asylum-seeking children among those who started", 0.907,
                        "90.7% (892 of 984)", 1.0, "100.0%"),
                new ComparisonChart.Row("PN5: did not attend, an advocate or the IRO conveyed their views", 0.0,
                        "0.0% (0 of 1,234,567)", null, "–")), 1, 0.9, "90.0%");

        assertEveryTextFits(svg);
        assertThat(svg).contains(">90.7% (892 of 984)</text>", ">100.0%</text>", ">Target 90.0%</text>");
    }

    @Test
    void the_previous_period_is_hatched_and_named_in_the_legend_and_the_description() {
        String svg = ComparisonChart.svg("c2", "By age", PERIODS, List.of(
                new ComparisonChart.Row("1 to 4", 3.0, "3", 5.0, "5")), 5, null, null);

        assertThat(svg).contains("role=\"img\"", "aria-labelledby=\"c2-title\" aria-describedby=\"c2-desc\"",
                "<pattern id=\"c2-hatch\"", "fill=\"url(#c2-hatch)\"",
                ">This period: 1 April 2024 to 31 March 2025</text>",
                ">Previous period: 1 April 2023 to 31 March 2024</text>",
                "1 to 4: 3 this period, 5 the previous period.");
        assertThat(svg).doesNotContain("style=");
    }

    @Test
    void a_monthly_chart_draws_a_line_a_period_broken_where_a_month_has_no_figure() {
        String svg = MonthlyChart.svg("m1", "Reviews held in timescale, by month", PERIODS, List.of(
                new MonthlyChart.Month("Apr", "2024", "April 2024", 0.971, "97.1% (34 of 35)", "April 2023", 0.94,
                        "94.0%"),
                new MonthlyChart.Month("May", null, "May 2024", null, null, "May 2023", 1.0, "100.0%"),
                new MonthlyChart.Month("Jun", null, "June 2024", 0.5, "50.0% (1 of 2)", "June 2023", 0.8, "80.0%"),
                new MonthlyChart.Month("Jul", null, "July 2024", 0.75, "75.0% (3 of 4)", "July 2023", 0.9, "90.0%")),
                1, v -> Math.round(v * 100) + "%", 0.95, "95.0%");

        assertEveryTextFits(svg);
        assertThat(svg.split("<polyline", -1)).as("this period's line breaks at May; last year's runs through")
                .hasSize(3);
        assertThat(svg).contains("stroke-dasharray=\"7 4\"", "<circle", ">Target 95.0%</text>",
                "April 2024: 97.1% (34 of 35); April 2023: 94.0%.", "May 2024: no figure; May 2023: 100.0%.");
    }

    @Test
    void labels_are_written_as_a_board_paper_writes_them() {
        assertThat(ReportPage.label("age:1-4")).isEqualTo("1 to 4");
        assertThat(ReportPage.label("age:under-1")).isEqualTo("Under 1");
        assertThat(ReportPage.label("age:16-17")).isEqualTo("16 and over");
        assertThat(ReportPage.label("month:2025-04")).isEqualTo("April 2025");
        assertThat(ReportPage.label("stage:informal")).isEqualTo("Informal");
        assertThat(ReportPage.label("reason:turned-18")).isEqualTo("Turned 18");
        assertThat(ReportPage.label("reason:iro-disagrees-with-plan")).isEqualTo("IRO disagrees with plan");
        assertThat(ReportPage.label("reason:health-or-pep-late")).isEqualTo("Health or PEP late");
        assertThat(ReportPage.label("working-days:over-20")).isEqualTo("Over 20 working days");
        assertThat(ReportPage.label("working-days:0-5")).isEqualTo("0 to 5 working days");
        assertThat(ReportPage.shortRange(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31))).isEqualTo("2024/25");
    }

    @Test
    void the_last_complete_financial_year() {
        assertThat(FinancialYear.lastComplete(LocalDate.of(2026, 12, 6)))
                .isEqualTo(new ReportPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)));
        assertThat(FinancialYear.lastComplete(LocalDate.of(2026, 4, 1)))
                .isEqualTo(new ReportPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)));
        assertThat(FinancialYear.lastComplete(LocalDate.of(2026, 3, 31)))
                .isEqualTo(new ReportPeriod(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)));
    }

    /** Every text element, measured as Arial draws it, lies within the drawing's width. */
    private static void assertEveryTextFits(String svg) {
        Matcher size = Pattern.compile("<svg [^>]*? width=\"(\\d+)\"").matcher(svg);
        assertThat(size.find()).isTrue();
        int width = Integer.parseInt(size.group(1));
        Matcher text = Pattern.compile("<text x=\"([0-9.-]+)\" y=\"[0-9.-]+\"( text-anchor=\"(\\w+)\")?>([^<]*)</text>")
                .matcher(svg);
        int texts = 0;
        while (text.find()) {
            texts++;
            double x = Double.parseDouble(text.group(1));
            double drawn = arial(text.group(4).replace("&#39;", "'").replace("&amp;", "&"));
            String anchor = text.group(3) == null ? "start" : text.group(3);
            double left = switch (anchor) {
                case "end" -> x - drawn;
                case "middle" -> x - drawn / 2;
                default -> x;
            };
            assertThat(left).as("left of '" + text.group(4) + "'").isGreaterThanOrEqualTo(0);
            assertThat(left + drawn).as("right of '" + text.group(4) + "'").isLessThanOrEqualTo(width);
        }
        assertThat(texts).isGreaterThan(3);
    }

    /** Arial's advance widths at 14px, from its metrics (units per em 2048), for the characters these labels use. */
    private static double arial(String text) {
        double em = 0;
        for (char c : text.toCharArray()) {
            em += switch (c) {
                case 'i', 'j', 'l', '.', ',', ':', ';', '\'', '|', '!' -> 0.222;
                case ' ', 'f', 't', '/' -> 0.278;
                case '(', ')', '-', 'r' -> 0.333;
                case '%' -> 0.889;
                case 'm', 'M' -> 0.833;
                case 'w' -> 0.722;
                case 'W' -> 0.944;
                case '–' -> 0.556;
                default -> Character.isUpperCase(c) ? 0.722 : 0.556;
            };
        }
        return em * 14;
    }
}
