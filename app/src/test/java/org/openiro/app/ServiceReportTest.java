package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.ReportFixture;
import org.openiro.app.support.TestAuthorities;

/** The IRO service report over {@link ReportFixture}'s authority, every figure counted by hand there. */
@MicronautTest(environments = "pg", transactional = false)
class ServiceReportTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Api api;
    /** Built once for the class: every test reads it, none changes it. */
    private static final String authority = TestAuthorities.fresh("report");
    private static boolean built;

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        if (!built) {
            ReportFixture.build(api, authority);
            built = true;
        }
    }

    private Api.Reply report() {
        return api.get("/api/authorities/" + authority + "/reports/iro-service?from=2024-04-01&to=2025-03-31");
    }

    /** Every figure of the JSON, by {@code section/id/breakdown}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> figures(Api.Reply report) {
        Map<String, Map<String, Object>> figures = new java.util.LinkedHashMap<>();
        for (Map<String, Object> section : (List<Map<String, Object>>) report.map().get("sections")) {
            for (Map<String, Object> figure : (List<Map<String, Object>>) section.get("figures")) {
                figures.put(section.get("id") + "/" + figure.get("id") + "/" + figure.get("breakdown"), figure);
            }
        }
        return figures;
    }

    private static void count(Map<String, Map<String, Object>> figures, String key, long now, long before) {
        Map<String, Object> figure = figures.get(key);
        assertThat(figure).as(key).isNotNull();
        assertThat(((Number) figure.get("value")).longValue()).as(key).isEqualTo(now);
        assertThat(((Number) figure.get("previousValue")).longValue()).as(key + ", previous").isEqualTo(before);
    }

    private static void share(Map<String, Map<String, Object>> figures, String key, long numerator, long denominator) {
        Map<String, Object> figure = figures.get(key);
        assertThat(figure).as(key).isNotNull();
        assertThat(((Number) figure.get("numerator")).longValue()).as(key + ", numerator").isEqualTo(numerator);
        assertThat(((Number) figure.get("denominator")).longValue()).as(key + ", denominator").isEqualTo(denominator);
        assertThat(((Number) figure.get("value")).doubleValue()).as(key).isEqualTo((double) numerator / denominator);
    }

    @Test
    void the_reviews_figures_are_those_counted_by_hand_with_the_year_before_beside_them() {
        Api.Reply report = report();
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.at("previousFrom")).isEqualTo("2023-04-01");
        assertThat(report.at("previousTo")).isEqualTo("2024-03-31");
        assertThat(report.at("authorityName")).isEqualTo("Test Borough " + authority);
        Map<String, Map<String, Object>> f = figures(report);

        count(f, "reviews/reviews-held/null", 77, 74);
        share(f, "reviews/held-in-timescale/null", 75, 77);
        assertThat(f.get("reviews/held-in-timescale/null").get("previousValue")).isEqualTo(1.0);
        count(f, "reviews/held-by-month/month:2024-04", 34, 34);
        count(f, "reviews/held-by-month/month:2024-10", 35, 34);
        share(f, "reviews/up-to-date-at-end/null", 37, 39);
        assertThat(f.get("reviews/up-to-date-at-end/null").get("previousValue"))
                .as("C1 due 10 August, C4 15 June, the Bs 20 April").isEqualTo(1.0);
        share(f, "reviews/rearranged/null", 1, 77);
        count(f, "reviews/rearranged/reason:court-timetable", 1, 0);
        count(f, "reviews/rearranged/reason:child-request", 0, 0);
        share(f, "reviews/adjourned/null", 1, 77);
        count(f, "reviews/adjourned/reason:no-care-plan", 1, 0);
        count(f, "reviews/held-by-month/month:2024-05", 1, 1);
        count(f, "reviews/held-by-month/month:2024-08", 1, 1);
        count(f, "reviews/held-by-month/month:2024-09", 1, 1);
        count(f, "reviews/held-by-month/month:2024-11", 2, 0);
        count(f, "reviews/held-by-month/month:2024-12", 0, 1);
        count(f, "reviews/held-by-month/month:2025-02", 1, 1);
        count(f, "reviews/held-by-month/month:2025-03", 1, 0);
        count(f, "reviews/held-by-month/month:2024-06", 0, 1);
        count(f, "reviews/held-by-month/month:2024-07", 1, 0);
        share(f, "reviews/in-timescale-by-month/month:2024-08", 0, 1);
        assertThat(f.keySet().stream().filter(k -> k.startsWith("reviews/held-by-month/"))).hasSize(12);
        count(f, "reviews/pathway-plan-reviews-held/null", 2, 0);
        share(f, "reviews/pathway-plan-in-timescale/null", 1, 2);
        share(f, "reviews/pathway-plan-attended/null", 1, 2);
        share(f, "reviews/recommendations-in-timescale/null", 1, 77);
        share(f, "reviews/records-in-timescale/null", 0, 76);
        count(f, "reviews/report-late/null", 76, 74);
        count(f, "reviews/deadlines-pending/null", 2, 0);
        count(f, "reviews/deadlines-pending/deadline:record", 1, 0);
        count(f, "reviews/midway-reviews/null", 1, 0);
        share(f, "reviews/midway-coverage/null", 1, 73);
        assertThat(f.get("reviews/midway-coverage/null").get("previousValue")).as("none of C1's and C4's").isEqualTo(0.0);

        count(f, "participation/by-code/code:PN0", 1, 0);
        count(f, "participation/by-code/code:PN1", 73, 71);
        for (String code : List.of("PN2", "PN3", "PN4")) {
            count(f, "participation/by-code/code:" + code, 1, 0);
        }
        for (String code : List.of("PN5", "PN6", "PN7")) {
            count(f, "participation/by-code/code:" + code, 0, 1);
        }
        share(f, "participation/participation/null", 75, 76);
        assertThat(f.get("participation/participation/null").get("previousValue")).as("PN1 ×71, PN5, PN6 of 74")
                .isEqualTo(73.0 / 74);
    }

    @Test
    void the_children_looked_after_are_counted_as_reports_md_defines_them() {
        Map<String, Map<String, Object>> f = figures(report());
        String s = "children-looked-after/";

        count(f, s + "looked-after-at-start/null", 36, 34);
        count(f, s + "looked-after-at-end/null", 38, 36);
        count(f, s + "started/null", 3, 3);
        count(f, s + "started/unit:children", 3, 3);
        count(f, s + "started-uasc/null", 0, 1);
        count(f, s + "ceased/null", 1, 1);
        count(f, s + "ceased/reason:turned-18", 1, 0);
        count(f, s + "ceased/reason:returned-home", 0, 1);
        count(f, s + "ceased-uasc/null", 1, 0);
        count(f, s + "by-gender/gender:female", 4, 1);
        count(f, s + "by-gender/gender:male", 34, 35);
        count(f, s + "by-age/age:1-4", 1, 0);
        count(f, s + "by-age/age:10-15", 37, 35);
        count(f, s + "by-age/age:16-17", 0, 1);
        count(f, s + "by-ethnicity/ethnicity:white", 38, 35);
        count(f, s + "by-ethnicity/ethnicity:black", 0, 1);
        count(f, s + "legal-status-at-end/legal-status:C1", 38, 36);
        count(f, s + "legal-status-at-entry/legal-status:C1", 3, 3);
        share(f, s + "over-20-miles/null", 1, 38);
        count(f, s + "over-20-miles-not-known/null", 0, 0);
        count(f, s + "unregulated/null", 0, 0);
        count(f, s + "care-leavers/null", 1, 0);
        assertThat(f).as("no population configured").doesNotContainKey(s + "rate-per-10000/null");
    }

    @Test
    void the_dispute_resolution_figures_follow_each_alert_up_the_ladder() {
        Map<String, Map<String, Object>> f = figures(report());
        String d = "dispute-resolution/";

        count(f, d + "alerts-raised/null", 2, 0);
        count(f, d + "alerts-children/null", 2, 0);
        count(f, d + "by-starting-stage/stage:informal", 1, 0);
        count(f, d + "by-starting-stage/stage:stage-1", 1, 0);
        count(f, d + "by-highest-stage/stage:stage-3", 1, 0);
        count(f, d + "by-highest-stage/stage:stage-1", 1, 0);
        count(f, d + "by-highest-stage/stage:informal", 0, 0);
        count(f, d + "stages-reached/stage:informal", 1, 0);
        count(f, d + "stages-reached/stage:stage-1", 2, 0);
        count(f, d + "stages-reached/stage:stage-2", 1, 0);
        count(f, d + "stages-reached/stage:stage-3", 1, 0);
        count(f, d + "stages-reached/stage:stage-4", 0, 0);
        count(f, d + "by-reason/reason:report-late", 1, 0);
        count(f, d + "by-reason/reason:plan-not-implemented", 1, 0);
        count(f, d + "by-reason/reason:other", 1, 0);
        count(f, d + "by-reason/reason:health-or-pep-late", 0, 0);
        count(f, d + "resolved/null", 1, 0);
        share(f, d + "resolved-informally/null", 0, 1);
        share(f, d + "responses-in-timescale/null", 1, 5);
        count(f, d + "open-at-end/null", 1, 0);
        count(f, d + "open-at-end/working-days:over-20", 1, 0);
        count(f, d + "over-timescale-at-end/null", 1, 0);
        count(f, d + "cafcass-referrals/null", 1, 0);
        count(f, d + "legal-advice/null", 0, 0);
        count(f, d + "partner-escalations/null", 1, 0);
        count(f, d + "partner-escalations/agency:health", 1, 0);
        count(f, d + "partner-escalations/theme:health-assessment", 1, 0);
        count(f, d + "good-practice-notes/null", 1, 0);
    }

    @Test
    void the_workforce_at_the_end_of_the_period_with_caseloads_against_the_band() {
        Map<String, Map<String, Object>> f = figures(report());
        String w = "workforce/";

        count(f, w + "iros-headcount/null", 3, 3);
        count(f, w + "iros-headcount/employment:permanent", 2, 2);
        count(f, w + "iros-headcount/employment:agency", 1, 1);
        assertThat(f.get(w + "iros-fte/null").get("value")).isEqualTo(2.5);
        assertThat(f.get(w + "iros-fte/employment:agency").get("value")).isEqualTo(0.5);
        count(f, w + "caseload/iro:iro-1", 1, 2);
        count(f, w + "caseload/iro:iro-2", 2, 0);
        assertThat(f).as("a fostering IRO holds no looked-after caseload").doesNotContainKey(w + "caseload/iro:iro-3");
        count(f, w + "caseload/null", 3, 2);
        assertThat(f.get(w + "caseload-per-fte/null").get("value")).as("3 children, 1.5 FTE").isEqualTo(2.0);
        count(f, w + "iros-over-band/null", 1, 1);
        count(f, w + "children-with-iro-change/null", 1, 0);
        count(f, w + "iro-changes/null", 1, 0);
    }

    /**
     * 1–14 August 2024 holds C1's review of the 12th, and the fortnight before it C5's of 25 July: on the 14th none of
     * the 12th's deadlines has passed, and the recommendations issued in time on the 16th were not yet issued then.
     */
    @Test
    void a_deadline_not_yet_passed_at_the_end_of_the_period_is_pending_not_missed_nor_met_later() {
        Map<String, Map<String, Object>> f = figures(api.get("/api/authorities/" + authority
                + "/reports/iro-service?from=2024-08-01&to=2024-08-14"));

        count(f, "reviews/reviews-held/null", 1, 1);
        assertThat(f.get("reviews/recommendations-in-timescale/null").get("denominator")).as("due 19 August, issued"
                + " on the 16th: not yet on the 14th").isEqualTo(0);
        assertThat(f.get("reviews/records-in-timescale/null").get("denominator")).as("the record is not due till"
                + " 10 September").isEqualTo(0);
        count(f, "reviews/deadlines-pending/deadline:recommendations", 1, 1);
        count(f, "reviews/deadlines-pending/deadline:record", 1, 1);
        count(f, "reviews/deadlines-pending/deadline:letter", 1, 1);
        count(f, "reviews/deadlines-pending/null", 3, 3);
        count(f, "reviews/report-late/null", 0, 1);
    }

    @Test
    void figures_that_must_agree_do_for_any_data() {
        Map<String, Map<String, Object>> f = figures(report());
        long held = ((Number) f.get("reviews/reviews-held/null").get("value")).longValue();
        long byCode = f.entrySet().stream().filter(e -> e.getKey().startsWith("participation/by-code/"))
                .mapToLong(e -> ((Number) e.getValue().get("value")).longValue()).sum();
        long byMonth = f.entrySet().stream().filter(e -> e.getKey().startsWith("reviews/held-by-month/"))
                .mapToLong(e -> ((Number) e.getValue().get("value")).longValue()).sum();
        assertThat(byCode).as("PN counts sum to reviews held").isEqualTo(held);
        assertThat(f.entrySet().stream().filter(e -> e.getKey().startsWith("dispute-resolution/by-starting-stage/"))
                .mapToLong(e -> ((Number) e.getValue().get("value")).longValue()).sum())
                .as("stage counts sum to alerts raised").isEqualTo(value(f, "dispute-resolution/alerts-raised/null"));
        String c = "children-looked-after/";
        assertThat(value(f, c + "looked-after-at-start/null") + value(f, c + "started/null")
                - value(f, c + "ceased/null")).as("at start + started - ceased = at end")
                .isEqualTo(value(f, c + "looked-after-at-end/null"));
        for (String breakdown : List.of("by-gender", "by-age", "by-ethnicity")) {
            assertThat(f.entrySet().stream().filter(e -> e.getKey().startsWith(c + breakdown + "/"))
                    .mapToLong(e -> ((Number) e.getValue().get("value")).longValue()).sum()).as(breakdown)
                    .isEqualTo(value(f, c + "looked-after-at-end/null"));
        }
        assertThat(byMonth).as("the months sum to reviews held").isEqualTo(held);
        for (Map.Entry<String, Map<String, Object>> figure : f.entrySet()) {
            Object denominator = figure.getValue().get("denominator");
            Object value = figure.getValue().get("value");
            if (denominator != null && value != null) {
                assertThat(((Number) value).doubleValue()).as(figure.getKey()).isBetween(0.0, 1.0);
            }
        }
    }

    private static long value(Map<String, Map<String, Object>> figures, String key) {
        return ((Number) figures.get(key).get("value")).longValue();
    }

    @Test
    void as_csv_one_figure_a_row_with_the_same_ids() {
        Api.Reply csv = api.sendWithHeader("GET", "/api/authorities/" + authority
                + "/reports/iro-service?from=2024-04-01&to=2025-03-31", "", "Accept", "text/csv");

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> rows = new ArrayList<>(List.of(csv.body().split("\r\n")));
        assertThat(rows.get(0)).isEqualTo("section,figure,breakdown,value,previous_value,numerator,denominator");
        assertThat(rows).contains("reviews,reviews-held,,77,74,,", "reviews,held-by-month,month:2024-04,34,34,,",
                "reviews,held-by-month,month:2024-09,1,1,,", "participation,by-code,code:PN0,1,0,,",
                "children-looked-after,ceased,reason:turned-18,1,0,,");
        assertThat(rows.size() - 1).as("every figure of the JSON").isEqualTo(figures(report()).size());
    }

    @Test
    void as_a_printable_page_headed_with_the_authority_and_period_with_tables_and_charts() {
        Api.Reply page = api.sendWithHeader("GET", "/api/authorities/" + authority
                + "/reports/iro-service?from=2024-04-01&to=2025-03-31", "", "Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        String html = page.body();
        assertThat(html).contains("<h1 class=\"govuk-heading-xl\">Test Borough " + authority + "</h1>",
                "1 April 2024 to 31 March 2025", "1 April 2023 to 31 March 2024");
        assertThat(html).as("a captioned table a section").contains("Children looked after: the figures</caption>",
                "Reviews: the figures</caption>", "Participation and advocacy: the figures</caption>",
                "Dispute resolution: the figures</caption>", "Workforce: the figures</caption>");
        assertThat(html).as("shares with what they were counted from").contains("97.4% (75 of 77)");
        assertThat(html.split("<svg", -1)).as("age, gender, ethnicity, timeliness, codes, stages, reasons").hasSize(8);
        assertThat(html).as("the policy's target drawn on the timeliness chart").contains("target 95.0%");
        assertThat(html).as("GOV.UK Frontend's styles are in the page").contains(".govuk-table{");
        assertThat(html).as("nothing is fetched from elsewhere").doesNotContain("<script", "<link", "src=\"http",
                "url(http", "@font-face");
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_naming_the_field() {
        assertThat(api.get("/api/authorities/" + authority + "/reports/iro-service?from=2025-04-01&to=2024-03-31")
                .errorFields()).containsExactly("to");
    }
}
