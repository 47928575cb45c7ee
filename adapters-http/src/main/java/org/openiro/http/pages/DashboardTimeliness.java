package org.openiro.http.pages;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openiro.http.reports.ComparisonChart;
import org.openiro.http.reports.MonthlyChart;
import org.openiro.reporting.ServiceReport;
import org.openiro.reporting.ServiceReport.Line;

/**
 * Timeliness this financial year, month by month up to this month, read from the service report's own figures for
 * the financial year ({@code reviews/in-timescale-by-month} and {@code held-by-month}, the report setting last
 * financial year beside it, so each month beside the same month a year before): drawn as the report page draws it
 * ({@link MonthlyChart}) and set out as a table with the same figures.
 *
 * @param current this financial year as board papers head it ("2026/27"), {@code previous} the year before
 * @param svg the chart, server-drawn, with its own text alternative
 * @param months a row a month for the table, April to this month
 * @param year the year so far: reviews held in timescale, as the report words it ("83.8% (34 of 41)")
 * @param previousYear last financial year as a whole
 */
public record DashboardTimeliness(String current, String previous, String svg, List<Row> months, String year,
                                  String previousYear, String target) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("MMM", Locale.UK);

    /** One month: its name, reviews held, and the share held in timescale, this year and the same month last year. */
    public record Row(String month, String held, String inTimescale, String previousMonth, String previousHeld,
                      String previousInTimescale) {
    }

    /** @param upTo the last month shown: the months after it have no reviews yet */
    public static DashboardTimeliness of(ServiceReport report, YearMonth upTo) {
        List<Line> reviews = report.sections().stream().filter(s -> s.id().equals("reviews"))
                .flatMap(s -> s.figures().stream()).toList();
        List<Line> shares = reviews.stream().filter(l -> l.id().equals("in-timescale-by-month"))
                .filter(l -> !YearMonth.parse(l.breakdown().substring("month:".length())).isAfter(upTo)).toList();
        List<Line> held = reviews.stream().filter(l -> l.id().equals("held-by-month")).toList();
        Line whole = reviews.stream().filter(l -> l.id().equals("held-in-timescale") && l.breakdown() == null)
                .findFirst().orElse(null);
        long offset = ChronoUnit.MONTHS.between(YearMonth.from(report.previous().from()),
                YearMonth.from(report.period().from()));
        List<MonthlyChart.Month> chart = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            Line line = shares.get(i);
            YearMonth month = YearMonth.parse(line.breakdown().substring("month:".length()));
            YearMonth before = month.minusMonths(offset);
            Line count = held.stream().filter(h -> line.breakdown().equals(h.breakdown())).findFirst().orElse(null);
            boolean showYear = i == 0 || month.getMonth() == Month.JANUARY;
            chart.add(new MonthlyChart.Month(month.format(TICK), showYear ? String.valueOf(month.getYear()) : null,
                    month.format(MONTH), line.value(), line.value() == null ? null : orNone(share(line)),
                    before.format(MONTH), line.previousValue(),
                    line.previousValue() == null ? null : percent(line.previousValue())));
            String inTimescale = share(line);
            rows.add(new Row(month.format(MONTH), count == null ? "–" : number(count.value()),
                    inTimescale == null ? "–" : inTimescale,
                    before.format(MONTH), count == null ? "–" : number(count.previousValue()),
                    line.previousValue() == null ? "–" : percent(line.previousValue())));
        }
        String current = year(report.period().from());
        String previous = year(report.previous().from());
        Double target = shares.isEmpty() ? null : shares.get(0).target();
        String svg = shares.isEmpty() ? "" : MonthlyChart.svg("timeliness-chart",
                "Reviews held in timescale, by month", new ComparisonChart.Periods(current, previous), chart, 1,
                v -> String.format(Locale.UK, "%.0f%%", v * 100), target, target == null ? null : percent(target));
        return new DashboardTimeliness(current, previous, svg, rows, whole == null ? "–" : orNone(share(whole)),
                whole == null || whole.previousValue() == null ? "–" : percent(whole.previousValue()),
                target == null ? null : percent(target));
    }

    /** A financial year as board papers head it: 2026/27. */
    private static String year(LocalDate from) {
        return from.getYear() + "/" + String.format(Locale.ROOT, "%02d", (from.getYear() + 1) % 100);
    }

    private static String orNone(String share) {
        return share == null ? "No reviews held" : share;
    }

    /** A share as the report words it: "83.8% (34 of 41)", or null where no review was held. */
    static String share(Line line) {
        if (line.denominator() == null || line.denominator() == 0) {
            return null;
        }
        return percent(line.value()) + String.format(Locale.UK, " (%,d of %,d)", line.numerator(), line.denominator());
    }

    static String percent(Double share) {
        return share == null ? "–" : String.format(Locale.UK, "%.1f%%", share * 100);
    }

    private static String number(Double value) {
        return value == null ? "–" : String.format(Locale.UK, "%,d", value.longValue());
    }
}
