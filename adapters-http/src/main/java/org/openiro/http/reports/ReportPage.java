package org.openiro.http.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.openiro.reporting.ServiceReport;

/**
 * reports.md, "Formats", HTML: one printable A4 page, headed with the authority and the period, each section's
 * figures as a captioned table and the charts a board expects drawn from the same figures. The GOV.UK Frontend styles
 * are put into the page itself, so it can be saved or attached to a board paper and opened anywhere; their GDS
 * Transport font is left out, since it is for GOV.UK's own services only, and the page falls back to Arial.
 */
final class ReportPage {

    private static final String CSS_PATH = "META-INF/resources/webjars/govuk-frontend/%s/dist/govuk/govuk-frontend.min.css";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final String PAGE_STYLE = """
            @page { size: A4; margin: 15mm; }
            body { margin: 0; background: #fff; }
            .chart { max-width: 640px; margin-bottom: 20px; }
            .chart text { font-family: arial, sans-serif; font-size: 12px; fill: #0b0c0c; }
            section { break-inside: auto; }
            figure { margin: 0 0 20px 0; break-inside: avoid; }
            figcaption { font-family: arial, sans-serif; font-weight: 700; margin-bottom: 5px; }
            .govuk-table { break-inside: auto; }
            .govuk-table__row { break-inside: avoid; }
            @media print { .govuk-main-wrapper { padding: 0; } }
            """;

    private static volatile String govukCss;

    /**
     * Which charts each section carries, by figure id: the figures of reports.md, "Formats", and participation, which
     * the policy sets a target for. A figure with breakdowns is drawn a bar each; a share without, this period beside
     * the previous one.
     */
    private static final Map<String, List<String>> CHARTS = Map.of(
            "children-looked-after", List.of("by-age", "by-gender", "by-ethnicity"),
            "reviews", List.of("in-timescale-by-month"),
            "participation", List.of("participation", "by-code"),
            "dispute-resolution", List.of("stages-reached", "by-reason"));

    /**
     * What a page is called and which charts each section carries: figure ids (or {@code figure:dimension}), each drawn
     * as {@link #chart} says, or {@link #EACH_WHOLE_FIGURE} for a bar for each of the section's figures taken whole (a
     * question's answers).
     */
    record Layout(String heading, Function<ServiceReport.Section, List<String>> charts) {
    }

    static final String EACH_WHOLE_FIGURE = "";
    static final Layout SERVICE_REPORT = new Layout("Independent Reviewing Service report",
            section -> CHARTS.getOrDefault(section.id(), List.of()));

    private ReportPage() {
    }

    /** @param nonce the answer's Content-Security-Policy nonce, which the page's own styles carry */
    static String of(ServiceReport report, Layout layout, String nonce) {
        String period = range(report.period().from(), report.period().to());
        String previous = range(report.previous().from(), report.previous().to());
        String heading = Html.escape(layout.heading());
        StringBuilder html = new StringBuilder(200_000);
        html.append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(heading).append(": ").append(Html.escape(report.authorityName()))
                .append(", ").append(period).append("</title><style nonce=\"").append(nonce).append("\">").append(css())
                .append("</style><style nonce=\"").append(nonce).append("\">")
                .append(PAGE_STYLE).append("</style></head><body class=\"govuk-template__body\">")
                .append("<div class=\"govuk-width-container\"><main class=\"govuk-main-wrapper\" id=\"main-content\">")
                .append("<span class=\"govuk-caption-l\">").append(heading).append("</span>")
                .append("<h1 class=\"govuk-heading-xl\">").append(Html.escape(report.authorityName())).append("</h1>")
                .append("<p class=\"govuk-body-l\">").append(period).append(", with ").append(previous)
                .append(" beside it.</p>");
        for (ServiceReport.Section section : report.sections()) {
            html.append("<section><h2 class=\"govuk-heading-l\">").append(Html.escape(section.title())).append("</h2>");
            for (String chart : layout.charts().apply(section)) {
                if (chart.equals(EACH_WHOLE_FIGURE)) {
                    wholeFigures(html, section);
                } else {
                    chart(html, section, chart, report);
                }
            }
            table(html, section, report);
            html.append("</section>");
        }
        return html.append("</main></div></body></html>").toString();
    }

    private static void chart(StringBuilder html, ServiceReport.Section section, String chart,
                              ServiceReport report) {
        // "figure:dimension" keeps one dimension of a figure broken down several ways (a QA figure by month).
        String figureId = chart.contains(":") ? chart.substring(0, chart.indexOf(':')) : chart;
        String dimension = chart.contains(":") ? chart.substring(chart.indexOf(':') + 1) + ":" : "";
        List<ServiceReport.Line> lines = section.figures().stream()
                .filter(f -> f.id().equals(figureId) && f.breakdown() != null && f.breakdown().startsWith(dimension))
                .toList();
        if (lines.isEmpty()) {
            section.figures().stream().filter(f -> f.id().equals(figureId) && f.denominator() != null).findFirst()
                    .ifPresent(share -> beside(html, share, report));
            return;
        }
        boolean shares = lines.stream().anyMatch(f -> f.denominator() != null);
        List<BarChart.Bar> bars = new ArrayList<>();
        double max = shares ? 1 : 0;
        Double target = null;
        for (ServiceReport.Line line : lines) {
            double value = line.value() == null ? 0 : line.value();
            max = Math.max(max, value);
            target = target != null ? target : line.target();
            bars.add(new BarChart.Bar(label(line.breakdown()), value, value(line)));
        }
        figure(html, lines.get(0).title(), bars, max, shares ? target : null);
    }

    /** A bar for each figure of the section taken whole, such as each answer's share of a question's answers. */
    private static void wholeFigures(StringBuilder html, ServiceReport.Section section) {
        List<ServiceReport.Line> lines = section.figures().stream().filter(f -> f.breakdown() == null).toList();
        if (lines.isEmpty()) {
            return;
        }
        boolean shares = lines.stream().anyMatch(f -> f.denominator() != null);
        double max = shares ? 1 : lines.stream().mapToDouble(f -> f.value() == null ? 0 : f.value()).max().orElse(0);
        figure(html, section.title(), lines.stream().map(line -> new BarChart.Bar(line.title(),
                line.value() == null ? 0 : line.value(), value(line))).toList(), max, null);
    }

    /** A share this period and the previous, with the policy's target across both. */
    private static void beside(StringBuilder html, ServiceReport.Line share, ServiceReport report) {
        Double before = share.previousValue();
        figure(html, share.title(), List.of(
                new BarChart.Bar(shortRange(report.period().from(), report.period().to()),
                        share.value() == null ? 0 : share.value(), value(share)),
                new BarChart.Bar(shortRange(report.previous().from(), report.previous().to()),
                        before == null ? 0 : before, number(before, true))), 1, share.target());
    }

    private static void figure(StringBuilder html, String title, List<BarChart.Bar> bars, double max, Double target) {
        html.append("<figure><figcaption>").append(Html.escape(title)).append("</figcaption>")
                .append(BarChart.svg(title, bars, max, target)).append("</figure>");
    }

    private static void table(StringBuilder html, ServiceReport.Section section, ServiceReport report) {
        html.append("<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--m\">")
                .append(Html.escape(section.title())).append(": the figures</caption>")
                .append("<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">")
                .append("<th scope=\"col\" class=\"govuk-table__header\">Figure</th>")
                .append("<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">")
                .append(shortRange(report.period().from(), report.period().to())).append("</th>")
                .append("<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">")
                .append(shortRange(report.previous().from(), report.previous().to())).append("</th>")
                .append("<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Target</th>")
                .append("</tr></thead><tbody class=\"govuk-table__body\">");
        for (ServiceReport.Line line : section.figures()) {
            html.append("<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">")
                    .append(Html.escape(line.breakdown() == null ? line.title() : "… " + label(line.breakdown())))
                    .append("</th><td class=\"govuk-table__cell govuk-table__cell--numeric\">").append(value(line))
                    .append("</td><td class=\"govuk-table__cell govuk-table__cell--numeric\">")
                    .append(number(line.previousValue(), line.denominator() != null))
                    .append("</td><td class=\"govuk-table__cell govuk-table__cell--numeric\">")
                    .append(line.target() == null ? "" : line.denominator() != null ? Html.percent(line.target())
                            : number(line.target(), false))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    /** A share with what it was counted from: 83.8% (1,033 of 1,233). */
    private static String value(ServiceReport.Line line) {
        if (line.denominator() == null) {
            return number(line.value(), false);
        }
        return (line.value() == null ? "–" : Html.percent(line.value()))
                + String.format(Locale.UK, " (%,d of %,d)", line.numerator(), line.denominator());
    }

    private static String number(Double value, boolean share) {
        if (value == null) {
            return "–";
        }
        if (share) {
            return Html.percent(value);
        }
        return value == Math.rint(value) ? String.format(Locale.UK, "%,d", value.longValue())
                : String.format(Locale.UK, "%,.1f", value);
    }

    /** {@code month:2024-05} → May 2024; {@code code:PN3} → PN3; {@code reason:report-late} → report late. */
    static String label(String breakdown) {
        int colon = breakdown.indexOf(':');
        String dimension = breakdown.substring(0, colon);
        String value = breakdown.substring(colon + 1);
        if (dimension.equals("month")) {
            return YearMonth.parse(value).format(MONTH);
        }
        if (dimension.equals("code") || dimension.equals("legal-status") || dimension.equals("iro")
                || dimension.equals("team")) {
            return value;
        }
        if (dimension.equals("working-days")) {
            return value.replace("over-", "over ") + " working days";
        }
        return value.replace('-', ' ');
    }

    private static String range(LocalDate from, LocalDate to) {
        return from.format(DAY) + " to " + to.format(DAY);
    }

    private static String shortRange(LocalDate from, LocalDate to) {
        DateTimeFormatter brief = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
        return from.format(brief) + " – " + to.format(brief);
    }

    /** GOV.UK Frontend's compiled styles without their @font-face rules (see the class comment). */
    private static String css() {
        String css = govukCss;
        if (css == null) {
            String path = String.format(CSS_PATH, webjarVersion());
            css = read(path).replaceAll("/\\*![^*]*\\*/", "").replaceAll("@font-face\\{[^}]*}", "")
                    .replace("</", "<\\/");
            govukCss = css;
        }
        return css;
    }

    /** The webjar says its own version, so the pom's is the only place it is written. */
    private static String webjarVersion() {
        for (String line : read(POM_PROPERTIES).split("\\R")) {
            if (line.startsWith("version=")) {
                return line.substring("version=".length()).trim();
            }
        }
        throw new IllegalStateException("no version in " + POM_PROPERTIES);
    }

    private static final String POM_PROPERTIES = "META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties";

    private static String read(String path) {
        try (InputStream in = ReportPage.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("GOV.UK Frontend is not on the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
