package org.openiro.http.reports;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.openiro.reporting.ServiceReport;
import org.openiro.reporting.ServiceReport.Line;

/**
 * reports.md, "Formats", HTML: the report as a Corporate Parenting Board reads it, printable on A4. Headed with the
 * authority and the period; each section a heading, its whole figures in one table, and each breakdown (by age, by
 * reason, by month…) under its own heading with its own table; the charts a board expects drawn from the same
 * figures, every one with the previous period beside this one. Styles come from the service's own stylesheet
 * ({@link ReportAssets}): the page has no {@code style} attribute and no script, so a strict Content-Security-Policy
 * holds.
 */
final class ReportPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("MMM", Locale.UK);

    /**
     * Which charts each section carries, by figure id: the figures of reports.md, "Formats", and participation, which
     * the policy sets a target for. A figure with breakdowns is drawn a pair of bars each (a line a month for a monthly
     * one); a share without, this period's bar beside the previous one's.
     */
    private static final Map<String, List<String>> CHARTS = Map.of(
            "children-looked-after", List.of("by-age", "by-gender", "by-ethnicity"),
            "reviews", List.of("in-timescale-by-month"),
            "participation", List.of("participation", "by-code"),
            "dispute-resolution", List.of("stages-reached", "by-reason"));

    /**
     * What a page is called and which charts each section carries: figure ids (or {@code figure:dimension}), or
     * {@link #EACH_WHOLE_FIGURE} for one chart of the section's whole figures (a question's answers).
     */
    record Layout(String heading, Function<ServiceReport.Section, List<String>> charts) {
    }

    /** A link to the same report for another period. */
    record Link(String text, String href) {
    }

    static final String EACH_WHOLE_FIGURE = "";
    static final Layout SERVICE_REPORT = new Layout("Independent Reviewing Service report",
            section -> CHARTS.getOrDefault(section.id(), List.of()));

    private final ServiceReport report;
    private final Layout layout;
    private final ComparisonChart.Periods periods;
    private final String current;
    private final String previous;
    private final StringBuilder html = new StringBuilder(200_000);
    private int charts;
    private int tables;

    private ReportPage(ServiceReport report, Layout layout) {
        this.report = report;
        this.layout = layout;
        this.periods = new ComparisonChart.Periods(range(report.period().from(), report.period().to()),
                range(report.previous().from(), report.previous().to()));
        this.current = shortRange(report.period().from(), report.period().to());
        this.previous = shortRange(report.previous().from(), report.previous().to());
    }

    static String of(ServiceReport report, Layout layout) {
        return of(report, layout, List.of());
    }

    /** @param otherPeriods links to the report for other periods, shown on screen and not printed */
    static String of(ServiceReport report, Layout layout, List<Link> otherPeriods) {
        return new ReportPage(report, layout).render(otherPeriods);
    }

    private String render(List<Link> otherPeriods) {
        String heading = Html.escape(layout.heading());
        String authority = Html.escape(report.authorityName());
        html.append("<!DOCTYPE html><html lang=\"en-GB\" class=\"govuk-template\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(heading).append(": ").append(authority).append(", ")
                .append(periods.current()).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"").append(ReportAssets.STYLESHEET).append("\">")
                .append("</head><body class=\"govuk-template__body\">")
                .append("<a href=\"#main-content\" class=\"govuk-skip-link\">Skip to main content</a>")
                .append("<div class=\"govuk-width-container\"><main class=\"govuk-main-wrapper\" id=\"main-content\">")
                .append("<span class=\"govuk-caption-xl\">").append(authority).append("</span>")
                .append("<h1 class=\"govuk-heading-xl\">").append(heading).append("</h1>")
                .append("<p class=\"govuk-body-l\">").append(periods.current()).append(", with the previous period, ")
                .append(periods.previous()).append(", beside it.</p>");
        contents(otherPeriods);
        for (ServiceReport.Section section : report.sections()) {
            section(section);
        }
        return html.append("</main></div></body></html>").toString();
    }

    /** On screen only: the sections, and the same report for other periods. */
    private void contents(List<Link> otherPeriods) {
        html.append("<nav class=\"app-report-contents app-no-print\" aria-label=\"Contents\">")
                .append("<ul class=\"govuk-list\">");
        for (ServiceReport.Section section : report.sections()) {
            html.append("<li><a class=\"govuk-link\" href=\"#").append(Html.escape(section.id())).append("\">")
                    .append(Html.escape(section.title())).append("</a></li>");
        }
        html.append("</ul></nav>");
        if (!otherPeriods.isEmpty()) {
            html.append("<nav class=\"app-no-print\" aria-label=\"Other periods\"><p class=\"govuk-body\">")
                    .append("The same report for other financial years:</p><ul class=\"govuk-list\">");
            for (Link link : otherPeriods) {
                html.append("<li><a class=\"govuk-link\" href=\"").append(Html.escape(link.href())).append("\">")
                        .append(Html.escape(link.text())).append("</a></li>");
            }
            html.append("</ul></nav>");
        }
    }

    private void section(ServiceReport.Section section) {
        String id = Html.escape(section.id());
        html.append("<section class=\"app-report-section\" id=\"").append(id).append("\" aria-labelledby=\"")
                .append(id).append("-heading\"><h2 class=\"govuk-heading-l\" id=\"").append(id).append("-heading\">")
                .append(Html.escape(section.title())).append("</h2>");
        List<String> wanted = layout.charts().apply(section);
        List<Line> whole = section.figures().stream().filter(f -> f.breakdown() == null).toList();
        if (wanted.contains(EACH_WHOLE_FIGURE)) {
            wholeFiguresChart(section, whole);
        }
        for (Line line : whole) {
            if (wanted.contains(line.id()) && line.denominator() != null
                    && section.figures().stream().noneMatch(f -> f.id().equals(line.id()) && f.breakdown() != null)) {
                chart(line.title(), List.of(new ComparisonChart.Row("", line.value(), value(line),
                        line.previousValue(), number(line.previousValue(), true))), 1, line);
            }
        }
        if (!whole.isEmpty()) {
            headlineTable(section, whole);
        }
        for (Block block : blocks(section)) {
            if (block.dimensions().containsKey("month")) {
                monthly(section, block, wanted);
            } else {
                breakdown(block, wanted);
            }
        }
        html.append("</section>");
    }

    /**
     * A breakdown under its own heading: one figure's parts, a table a dimension; or, for months, every figure of the
     * section counted by month, in one table.
     */
    private record Block(String id, String title, Map<String, List<Line>> dimensions, Map<String, List<Line>> byFigure) {
    }

    private static List<Block> blocks(ServiceReport.Section section) {
        Map<String, Block> blocks = new LinkedHashMap<>();
        for (Line line : section.figures()) {
            if (line.breakdown() == null) {
                continue;
            }
            String dimension = dimension(line.breakdown());
            String key = dimension.equals("month") ? "month" : line.id();
            Block block = blocks.computeIfAbsent(key, k -> new Block(line.id(), line.title(), new LinkedHashMap<>(),
                    new LinkedHashMap<>()));
            block.dimensions().computeIfAbsent(dimension, d -> new ArrayList<>()).add(line);
            block.byFigure().computeIfAbsent(line.id(), f -> new ArrayList<>()).add(line);
        }
        return List.copyOf(blocks.values());
    }

    private void breakdown(Block block, List<String> wanted) {
        html.append("<div class=\"app-report-breakdown\"><h3 class=\"govuk-heading-m\">").append(Html.escape(block.title()))
                .append("</h3>");
        boolean several = block.dimensions().size() > 1;
        boolean first = true;
        for (Map.Entry<String, List<Line>> entry : block.dimensions().entrySet()) {
            String dimension = entry.getKey();
            List<Line> lines = entry.getValue();
            String title = block.title() + (several ? ", by " + dimensionName(dimension).toLowerCase(Locale.UK) : "");
            if (wanted.contains(block.id() + ":" + dimension) || (first && wanted.contains(block.id()))) {
                boolean shares = lines.stream().anyMatch(l -> l.denominator() != null);
                double max = shares ? 1 : lines.stream().mapToDouble(l -> Math.max(orZero(l.value()),
                        orZero(l.previousValue()))).max().orElse(0);
                chart(title, lines.stream().map(l -> new ComparisonChart.Row(label(l.breakdown()), l.value(),
                        value(l), l.previousValue(), number(l.previousValue(), l.denominator() != null))).toList(),
                        max == 0 ? 1 : max, shares ? lines.get(0) : null);
            }
            breakdownTable(title, dimension, lines);
            first = false;
        }
        html.append("</div>");
    }

    /** Every monthly figure of the section: one chart of the one the layout names, and one table of them all. */
    private void monthly(ServiceReport.Section section, Block block, List<String> wanted) {
        String title = block.byFigure().size() == 1 ? block.title() : section.title() + " by month";
        html.append("<div class=\"app-report-breakdown\"><h3 class=\"govuk-heading-m\">").append(Html.escape(title))
                .append("</h3>");
        long offset = ChronoUnit.MONTHS.between(YearMonth.from(report.previous().from()),
                YearMonth.from(report.period().from()));
        for (Map.Entry<String, List<Line>> figure : block.byFigure().entrySet()) {
            if (wanted.contains(figure.getKey()) || wanted.contains(figure.getKey() + ":month")) {
                monthlyChart(figure.getValue(), offset);
            }
        }
        tables++;
        html.append("<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--s\">")
                .append("Table ").append(tables).append(": ").append(Html.escape(title)).append("</caption>")
                .append("<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">")
                .append("<td class=\"govuk-table__cell\"></td>");
        for (List<Line> lines : block.byFigure().values()) {
            html.append("<th scope=\"colgroup\" colspan=\"2\" class=\"govuk-table__header\">")
                    .append(Html.escape(lines.get(0).title())).append("</th>");
        }
        html.append("</tr><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Month</th>");
        for (int i = 0; i < block.byFigure().size(); i++) {
            html.append(numericHeader(current)).append(numericHeader(previous));
        }
        html.append("</tr></thead><tbody class=\"govuk-table__body\">");
        List<String> months = block.byFigure().values().stream().flatMap(List::stream).map(Line::breakdown).distinct()
                .toList();
        for (String month : months) {
            html.append("<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">")
                    .append(Html.escape(label(month))).append("</th>");
            for (List<Line> lines : block.byFigure().values()) {
                Line line = lines.stream().filter(l -> l.breakdown().equals(month)).findFirst().orElse(null);
                html.append(cell(line == null ? "–" : value(line)))
                        .append(cell(line == null ? "–" : number(line.previousValue(), line.denominator() != null)));
            }
            html.append("</tr>");
        }
        html.append("</tbody></table></div>");
    }

    private void monthlyChart(List<Line> lines, long offset) {
        boolean shares = lines.stream().anyMatch(l -> l.denominator() != null);
        double max = shares ? 1 : niceMax(lines.stream().mapToDouble(l -> Math.max(orZero(l.value()),
                orZero(l.previousValue()))).max().orElse(0));
        List<MonthlyChart.Month> months = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            YearMonth month = YearMonth.parse(line.breakdown().substring("month:".length()));
            YearMonth before = month.minusMonths(offset);
            boolean showYear = i == 0 || month.getMonth() == Month.JANUARY;
            months.add(new MonthlyChart.Month(month.format(TICK), showYear ? String.valueOf(month.getYear()) : null,
                    month.format(MONTH), line.value(), line.value() == null ? null : value(line),
                    before.format(MONTH), line.previousValue(),
                    line.previousValue() == null ? null : number(line.previousValue(), shares)));
        }
        String title = lines.get(0).title();
        Double target = shares ? lines.get(0).target() : null;
        charts++;
        html.append("<figure class=\"app-report-figure\"><figcaption class=\"govuk-body govuk-!-font-weight-bold\">")
                .append("Chart ").append(charts).append(": ").append(Html.escape(title)).append("</figcaption>")
                .append(MonthlyChart.svg("chart-" + charts, title, periods, months, max,
                        v -> shares ? String.format(Locale.UK, "%.0f%%", v * 100) : number(v, false), target,
                        target == null ? null : Html.percent(target)))
                .append("</figure>");
    }

    /** One chart of the section's whole figures, such as each answer's share of a question's answers. */
    private void wholeFiguresChart(ServiceReport.Section section, List<Line> whole) {
        if (whole.isEmpty()) {
            return;
        }
        boolean shares = whole.stream().anyMatch(l -> l.denominator() != null);
        double max = shares ? 1 : whole.stream().mapToDouble(l -> Math.max(orZero(l.value()),
                orZero(l.previousValue()))).max().orElse(0);
        chart(section.title(), whole.stream().map(l -> new ComparisonChart.Row(l.title(), l.value(), value(l),
                l.previousValue(), number(l.previousValue(), l.denominator() != null))).toList(),
                max == 0 ? 1 : max, null);
    }

    /** A bar chart of both periods; the target is drawn when {@code targetOf} carries one. */
    private void chart(String title, List<ComparisonChart.Row> rows, double max, Line targetOf) {
        Double target = targetOf == null ? null : targetOf.target();
        charts++;
        html.append("<figure class=\"app-report-figure\"><figcaption class=\"govuk-body govuk-!-font-weight-bold\">")
                .append("Chart ").append(charts).append(": ").append(Html.escape(title)).append("</figcaption>")
                .append(ComparisonChart.svg("chart-" + charts, title, periods, rows, max, target,
                        target == null ? null : Html.percent(target)))
                .append("</figure>");
    }

    private void headlineTable(ServiceReport.Section section, List<Line> whole) {
        boolean targets = whole.stream().anyMatch(l -> l.target() != null);
        tables++;
        html.append("<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--s\">")
                .append("Table ").append(tables).append(": ").append(Html.escape(section.title()))
                .append(", the figures</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">")
                .append("<th scope=\"col\" class=\"govuk-table__header\">Figure</th>").append(numericHeader(current))
                .append(numericHeader(previous)).append(targets ? numericHeader("Target") : "")
                .append("</tr></thead><tbody class=\"govuk-table__body\">");
        for (Line line : whole) {
            row(line.title(), line, targets);
        }
        html.append("</tbody></table>");
    }

    private void breakdownTable(String title, String dimension, List<Line> lines) {
        boolean targets = lines.stream().anyMatch(l -> l.target() != null);
        tables++;
        html.append("<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--s\">")
                .append("Table ").append(tables).append(": ").append(Html.escape(title)).append("</caption>")
                .append("<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">")
                .append("<th scope=\"col\" class=\"govuk-table__header\">").append(Html.escape(dimensionName(dimension)))
                .append("</th>").append(numericHeader(current)).append(numericHeader(previous))
                .append(targets ? numericHeader("Target") : "")
                .append("</tr></thead><tbody class=\"govuk-table__body\">");
        for (Line line : lines) {
            row(label(line.breakdown()), line, targets);
        }
        html.append("</tbody></table>");
    }

    private void row(String header, Line line, boolean targets) {
        html.append("<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">")
                .append(Html.escape(header)).append("</th>").append(cell(value(line)))
                .append(cell(number(line.previousValue(), line.denominator() != null)));
        if (targets) {
            html.append(cell(line.target() == null ? "" : line.denominator() != null ? Html.percent(line.target())
                    : number(line.target(), false)));
        }
        html.append("</tr>");
    }

    private static String numericHeader(String text) {
        return "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">" + Html.escape(text)
                + "</th>";
    }

    private static String cell(String text) {
        return "<td class=\"govuk-table__cell govuk-table__cell--numeric\">" + Html.escape(text) + "</td>";
    }

    /** A share with what it was counted from: 83.8% (1,033 of 1,233). */
    static String value(Line line) {
        if (line.denominator() == null) {
            return number(line.value(), false);
        }
        return (line.value() == null ? "–" : Html.percent(line.value()))
                + String.format(Locale.UK, " (%,d of %,d)", line.numerator(), line.denominator());
    }

    static String number(Double value, boolean share) {
        if (value == null) {
            return "–";
        }
        if (share) {
            return Html.percent(value);
        }
        return value == Math.rint(value) ? String.format(Locale.UK, "%,d", value.longValue())
                : String.format(Locale.UK, "%,.1f", value);
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }

    /** The top of a count's scale: 1, 2 or 5 times a power of ten, at least the largest count. */
    private static double niceMax(double largest) {
        if (largest <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(largest)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= largest) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String dimension(String breakdown) {
        return breakdown.substring(0, breakdown.indexOf(':'));
    }

    /** What a breakdown's dimension is called at the head of its table's first column. */
    static String dimensionName(String dimension) {
        return switch (dimension) {
            case "age" -> "Age";
            case "month" -> "Month";
            case "code" -> "Participation code";
            case "legal-status" -> "Legal status";
            case "iro" -> "IRO";
            case "working-days" -> "Open for";
            case "method" -> "Way of taking part";
            case "status" -> "Advocacy";
            case "type" -> "Type of advocacy";
            case "party" -> "Returned by";
            case "unit" -> "Counted as";
            default -> capitalise(words(dimension));
        };
    }

    /** The DfE's participation codes, in a board paper's words. */
    private static final Map<String, String> CODES = Map.of(
            "PN0", "PN0: under 4 at the review",
            "PN1", "PN1: attended and spoke for themselves",
            "PN2", "PN2: attended, an advocate spoke for them",
            "PN3", "PN3: attended, views conveyed non-verbally",
            "PN4", "PN4: attended, views not conveyed",
            "PN5", "PN5: did not attend, an advocate or the IRO conveyed their views",
            "PN6", "PN6: did not attend, views sent by another means",
            "PN7", "PN7: did not attend, no views conveyed");

    /**
     * A part of a figure as a board paper writes it: {@code age:1-4} → 1 to 4, {@code age:16-17} → 16 and over (the
     * DfE's age groups), {@code month:2024-05} → May 2024, {@code reason:report-late} → Report late,
     * {@code code:PN3} → PN3 with what it means.
     */
    static String label(String breakdown) {
        String dimension = dimension(breakdown);
        String value = breakdown.substring(breakdown.indexOf(':') + 1);
        return switch (dimension) {
            case "month" -> YearMonth.parse(value).format(MONTH);
            case "code" -> CODES.getOrDefault(value, value);
            case "legal-status", "iro", "team", "provider" -> value;
            case "age" -> age(value);
            case "working-days" -> (value.startsWith("over-") ? "Over " + value.substring(5)
                    : value.replace("-", " to ")) + " working days";
            case "unit" -> value.equals("children") ? "Children (each counted once)" : capitalise(value);
            default -> capitalise(words(value));
        };
    }

    /** Initialisms as a board paper writes them. */
    private static final Map<String, String> INITIALISMS = Map.of("iro", "IRO", "iros", "IROs", "pep", "PEP",
            "send", "SEND", "ehcp", "EHCP", "cp", "CP", "uasc", "UASC", "cafcass", "Cafcass", "fte", "FTE");

    /** {@code iro-disagrees-with-plan} → iro disagrees with plan, with its initialisms in capitals. */
    private static String words(String id) {
        List<String> words = new ArrayList<>();
        for (String word : id.split("-")) {
            words.add(INITIALISMS.getOrDefault(word, word));
        }
        return String.join(" ", words);
    }

    private static String age(String band) {
        if (band.equals("under-1")) {
            return "Under 1";
        }
        if (band.equals("16-17")) {
            return "16 and over"; // looked after ends at 18: the DfE's "16 and over" is the same children
        }
        return band.replace("-", " to ");
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String range(LocalDate from, LocalDate to) {
        return from.format(DAY) + " to " + to.format(DAY);
    }

    /** A financial year as board papers head their columns (2024/25); any other period by its dates. */
    static String shortRange(LocalDate from, LocalDate to) {
        if (from.getMonth() == Month.APRIL && from.getDayOfMonth() == 1 && to.equals(from.plusYears(1).minusDays(1))) {
            return from.getYear() + "/" + String.format(Locale.ROOT, "%02d", to.getYear() % 100);
        }
        return from.format(SHORT_DAY) + " to " + to.format(SHORT_DAY);
    }
}
