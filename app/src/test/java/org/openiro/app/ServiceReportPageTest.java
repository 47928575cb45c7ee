package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.ReportFixture;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.Tokens;

/**
 * The service report's page ({@code /authorities/{a}/reports/iro-service}) as a Corporate Parenting Board member
 * reads it, over {@link ReportFixture}'s authority for 2024/25 with 2023/24 beside it: a heading for every breakdown,
 * age bands in the DfE's words, both periods in every chart, labels in full, monthly timeliness as one chart, and a
 * page a strict Content-Security-Policy lets through. Expected figures are read from the JSON of the same report, so
 * the page is checked against what the API says, not against itself.
 */
@MicronautTest(environments = "pg", transactional = false)
class ServiceReportPageTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Api api;
    private static final String authority = TestAuthorities.fresh("rpage");
    private static boolean built;
    private static final String YEAR = "from=2024-04-01&to=2025-03-31";

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        if (!built) {
            ReportFixture.build(api, authority);
            built = true;
        }
    }

    private String page(String query) {
        Api.Reply page = api.get("/authorities/" + authority + "/reports/iro-service" + query);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Cache-Control")).as("about children: never cached").isEqualTo("no-store");
        return page.body();
    }

    /** The JSON's figures: {@code "by-age age:1-4"} → the figure. */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> figures() {
        Api.Reply report = api.get("/api/authorities/" + authority + "/reports/iro-service?" + YEAR);
        Map<String, Map<String, Object>> figures = new java.util.LinkedHashMap<>();
        for (Map<String, Object> section : (List<Map<String, Object>>) report.map().get("sections")) {
            for (Map<String, Object> figure : (List<Map<String, Object>>) section.get("figures")) {
                figures.put(figure.get("id") + (figure.get("breakdown") == null ? "" : " " + figure.get("breakdown")),
                        figure);
            }
        }
        return figures;
    }

    @Test
    void every_breakdown_has_its_own_heading_under_its_sections_and_one_h1() {
        String html = page("?" + YEAR);

        List<Integer> levels = new ArrayList<>();
        Matcher heading = Pattern.compile("<h([1-6])[ >]").matcher(html);
        while (heading.find()) {
            levels.add(Integer.parseInt(heading.group(1)));
        }
        assertThat(levels.stream().filter(l -> l == 1).count()).as("one h1").isEqualTo(1);
        assertThat(levels.get(0)).as("the h1 first").isEqualTo(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("headings in order: no level skipped at heading " + i)
                    .isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
        assertThat(html).contains(">Independent Reviewing Service report</h1>", "Test Borough " + authority,
                ">Children looked after</h2>", ">Reviews</h2>", ">Participation and advocacy</h2>",
                ">Dispute resolution</h2>", ">Workforce</h2>",
                ">Children looked after at the end of the period, by age</h3>",
                ">Children looked after at the end of the period, by gender</h3>",
                ">Periods of care ended, by reason</h3>", ">Reviews by participation code</h3>",
                ">Alerts reaching each stage</h3>", ">Alerts by reason</h3>", ">Reviews by month</h3>");
        assertThat(html).as("no row reads '… Apr 2025' or '… informal' under no heading").doesNotContain("…");
    }

    @Test
    void age_bands_read_as_the_dfe_and_the_seed_reports_write_them() {
        String html = page("?" + YEAR);

        assertThat(html).contains("<th scope=\"col\" class=\"govuk-table__header\">Age</th>");
        for (String band : List.of("Under 1", "1 to 4", "5 to 9", "10 to 15", "16 and over")) {
            assertThat(html).contains("<th scope=\"row\" class=\"govuk-table__header\">" + band + "</th>");
        }
        assertThat(html).doesNotContain(">1 4<", ">under 1<", ">16 17<", "16 to 17");
    }

    @Test
    void every_table_has_a_caption_and_header_cells() {
        String html = page("?" + YEAR);

        String[] tables = html.split("<table ", -1);
        assertThat(tables.length - 1).as("a table a section's figures and one a breakdown").isGreaterThan(20);
        for (int i = 1; i < tables.length; i++) {
            String table = tables[i].substring(0, tables[i].indexOf("</table>"));
            assertThat(table).as("table " + i).startsWith("class=\"govuk-table\"><caption class=\"govuk-table__caption")
                    .contains("<thead class=\"govuk-table__head\">", "<th scope=\"col\"", "<th scope=\"row\"");
        }
        assertThat(html).contains("Children looked after, the figures</caption>", "Reviews, the figures</caption>",
                "Children looked after at the end of the period, by age</caption>",
                "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">2024/25</th>",
                "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">2023/24</th>");
    }

    @Test
    void every_chart_shows_both_periods_in_its_drawing_and_in_its_text_alternative() {
        String html = page("?" + YEAR);
        Map<String, Map<String, Object>> figures = figures();

        List<String> charts = svgs(html);
        assertThat(charts).as("age, gender, ethnicity, timeliness by month, participation, codes, stages, reasons")
                .hasSize(8);
        for (String chart : charts) {
            assertThat(chart).contains("role=\"img\"", "aria-labelledby=\"", "aria-describedby=\"", "<title id=", "<desc id=",
                    "This period: 1 April 2024 to 31 March 2025", "Previous period: 1 April 2023 to 31 March 2024");
            assertThat(desc(chart)).contains("1 April 2024 to 31 March 2025", "1 April 2023 to 31 March 2024");
        }
        String byAge = chartTitled(charts, "Children looked after at the end of the period, by age");
        for (String band : List.of("under-1", "1-4", "5-9", "10-15", "16-17")) {
            Map<String, Object> figure = figures.get("by-age age:" + band);
            String label = switch (band) {
                case "under-1" -> "Under 1";
                case "16-17" -> "16 and over";
                default -> band.replace("-", " to ");
            };
            assertThat(desc(byAge)).contains(label + ": " + count(figure.get("value")) + " this period, "
                    + count(figure.get("previousValue")) + " the previous period.");
        }
        String participation = chartTitled(charts, "Children who participated in their review");
        Map<String, Object> share = figures.get("participation");
        String thisYear = percent(share.get("value")) + " (" + share.get("numerator") + " of "
                + share.get("denominator") + ")";
        assertThat(desc(participation)).contains(thisYear + " this period, " + percent(share.get("previousValue"))
                + " the previous period.", "Target 90.0%");
        assertThat(participation).as("the previous period's bar is hatched, not only another colour")
                .contains("<pattern id=", "fill=\"url(#");
    }

    @Test
    void shares_are_labelled_in_full_on_the_chart() {
        String html = page("?" + YEAR);
        Map<String, Map<String, Object>> figures = figures();
        Map<String, Object> share = figures.get("participation");
        String label = percent(share.get("value")) + " (" + share.get("numerator") + " of " + share.get("denominator")
                + ")";

        String participation = chartTitled(svgs(html), "Children who participated in their review");
        Matcher text = Pattern.compile("<text x=\"([0-9.]+)\" y=\"[0-9.]+\">" + Pattern.quote(label) + "</text>")
                .matcher(participation);
        assertThat(text.find()).as("the label in full: " + label).isTrue();
        // That the drawing is wide enough for every label, measured as Arial draws it: ChartsTest (adapters-http).
        assertThat(Double.parseDouble(text.group(1))).as("the label starts inside the drawing")
                .isLessThan(Double.parseDouble(attribute(participation, "width")) - 100);
        assertThat(html).contains("97.5% (77 of 79)");
    }

    @Test
    void monthly_timeliness_is_one_chart_of_both_years_and_one_row_a_month() {
        String html = page("?" + YEAR);
        Map<String, Map<String, Object>> figures = figures();

        String monthly = chartTitled(svgs(html), "Reviews held in timescale, by month");
        assertThat(monthly).as("a line a period").contains("<polyline", "stroke-dasharray", "Target 95.0%");
        Map<String, Object> april = figures.get("in-timescale-by-month month:2024-04");
        assertThat(desc(monthly)).contains("April 2024: " + percent(april.get("value")) + " ("
                + april.get("numerator") + " of " + april.get("denominator") + "); April 2023: "
                + percent(april.get("previousValue")) + ".");
        for (String month : List.of("April 2024", "September 2024", "March 2025")) {
            assertThat(html.split("<th scope=\"row\" class=\"govuk-table__header\">" + month + "</th>", -1))
                    .as("one row for " + month + ", with reviews held and in timescale side by side").hasSize(2);
        }
        assertThat(html).doesNotContain(">Apr 2025<", "… Apr");
    }

    @Test
    void without_a_period_it_shows_the_last_complete_financial_year() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        // The financial year that ended on the last 31 March before today (today, if today is 31 March, is not).
        int end = today.isAfter(LocalDate.of(today.getYear(), Month.MARCH, 31)) ? today.getYear() : today.getYear() - 1;
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

        String html = page("");

        assertThat(html).contains(LocalDate.of(end - 1, Month.APRIL, 1).format(day) + " to "
                + LocalDate.of(end, Month.MARCH, 31).format(day) + ", with the previous period, "
                + LocalDate.of(end - 2, Month.APRIL, 1).format(day) + " to "
                + LocalDate.of(end - 1, Month.MARCH, 31).format(day));
        assertThat(html).as("a link to the fixture's year").contains("/authorities/" + authority
                + "/reports/iro-service?from=" + LocalDate.of(end - 1, Month.APRIL, 1).minusYears(1) + "&amp;to=");
    }

    @Test
    void a_period_with_one_end_only_is_refused_naming_the_missing_one() {
        Api.Reply reply = api.get("/authorities/" + authority + "/reports/iro-service?from=2024-04-01");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("<h1").contains("to: is required");
    }

    @Test
    void no_style_attribute_no_inline_script_or_style_and_the_stylesheet_is_the_services_own() {
        String html = page("?" + YEAR);

        assertThat(html).doesNotContain("style=", "<style", "<script", "javascript:", "src=\"http", "href=\"http",
                "@font-face");
        assertThat(html).contains("<link rel=\"stylesheet\" href=\"/assets/reports/report.css\">");

        Api.Reply css = api.as(null).get("/assets/reports/report.css");
        assertThat(css.status()).as("the stylesheet holds no data: open to a browser not yet signed in")
                .isEqualTo(200);
        assertThat(css.contentType()).startsWith("text/css");
        assertThat(css.body()).contains(".govuk-table{", "@page", "size: A4", "@media print",
                "break-before: page", "break-inside: avoid").doesNotContain("@font-face", "url(http");
    }

    @Test
    void a_viewer_may_read_it_an_iro_may_not_and_nobody_signed_out() {
        String viewer = Tokens.mint("board-viewer", List.of("viewer"), List.of(authority), null, null);
        String iro = Tokens.mint("an-iro", List.of("iro"), List.of(authority), null, null);

        assertThat(api.as(viewer).get("/authorities/" + authority + "/reports/iro-service?" + YEAR).status())
                .isEqualTo(200);
        assertThat(api.as(iro).get("/authorities/" + authority + "/reports/iro-service?" + YEAR).status())
                .isEqualTo(403);
        Api.Reply signedOut = api.as(null).get("/authorities/" + authority + "/reports/iro-service?" + YEAR);
        assertThat(signedOut.status()).as("a page sends a browser that is not signed in to sign in").isEqualTo(303);
        assertThat(signedOut.header("Location")).startsWith("/");
    }

    private static List<String> svgs(String html) {
        List<String> svgs = new ArrayList<>();
        Matcher svg = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html);
        while (svg.find()) {
            svgs.add(svg.group());
        }
        return svgs;
    }

    private static String chartTitled(List<String> charts, String title) {
        return charts.stream().filter(c -> c.contains("-title\">" + title + "</title>")).findFirst()
                .orElseThrow(() -> new AssertionError("no chart titled " + title));
    }

    private static String desc(String chart) {
        return chart.substring(chart.indexOf("<desc"), chart.indexOf("</desc>"));
    }

    private static String attribute(String svg, String name) {
        Matcher m = Pattern.compile("<svg [^>]*? " + name + "=\"([0-9.]+)\"").matcher(svg);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String count(Object value) {
        return String.format(Locale.UK, "%,d", ((Number) value).longValue());
    }

    private static String percent(Object share) {
        return String.format(Locale.UK, "%.1f%%", ((Number) share).doubleValue() * 100);
    }
}
