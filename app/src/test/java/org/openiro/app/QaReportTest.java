package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;

/**
 * The monthly QA report (docs/quality-assurance.md) on a fixture counted by hand: the second quarter of 2024 beside
 * the first. Every child is in care from 2 October 2023; a review's QA form is due with its record, 20 working days
 * after the review.
 *
 * <pre>
 * child team      review      form completed   deadline      answers (report-on-time, quality, care plan)
 * A     North     2024-01-15  2024-01-20 v1    met           yes, 2, yes                 (previous quarter)
 * A     North     2024-04-10  2024-04-12 v1    met           no, 3, yes
 * B     North     2024-05-07  2024-06-20 v1    late (due 5 June)  yes, 2, no
 * C     South     2024-02-20  none             missed                                    (previous quarter)
 * C     South     2024-06-03  2024-06-05 v1    met           yes, 1, not-applicable
 * D     South     2024-06-25  2024-07-02 v1    pending on 30 June, not counted: completed after the quarter
 * E     (none)    2024-04-22  2024-04-23 v2    met           yes, life story work: no
 * </pre>
 *
 * Version 2 of the form drops "care plan up to date" and adds "life story work"; the dropped question stays in the
 * report, after the current ones, because forms of the quarter answered it.
 */
@MicronautTest(environments = "pg", transactional = false)
class QaReportTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Api api;
    private final String authority = TestAuthorities.fresh("qarep");

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        api.authority(authority);
        for (String child : List.of("A", "B", "C", "D", "E")) {
            api.child(authority, child, "2012-05-01");
            api.episode(authority, child, "2023-10-02");
        }
        worker("A", "North");
        worker("B", "North");
        worker("C", "South");
        worker("D", "South");
        form("A", "2024-01-15", "2024-01-20", "\"social-work-report-on-time\": \"yes\", "
                + "\"social-work-report-quality\": 2, \"care-plan-up-to-date\": \"yes\"");
        form("A", "2024-04-10", "2024-04-12", "\"social-work-report-on-time\": \"no\", "
                + "\"social-work-report-quality\": 3, \"care-plan-up-to-date\": \"yes\"");
        form("B", "2024-05-07", "2024-06-20", "\"social-work-report-on-time\": \"yes\", "
                + "\"social-work-report-quality\": 2, \"care-plan-up-to-date\": \"no\"");
        form("C", "2024-02-20", null, null);
        form("C", "2024-06-03", "2024-06-05", "\"social-work-report-on-time\": \"yes\", "
                + "\"social-work-report-quality\": 1, \"care-plan-up-to-date\": \"not-applicable\"");
        form("D", "2024-06-25", "2024-07-02", "\"social-work-report-on-time\": \"no\"");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> questions = (List<Map<String, Object>>) api.get(base() + "/qa/form")
                .at("questions");
        List<Map<String, Object>> second = new java.util.ArrayList<>(questions.stream()
                .filter(q -> !q.get("id").equals("care-plan-up-to-date")).toList());
        second.add(Map.of("id", "life-story-work", "label", "Life story work in progress", "scale", "yes-no"));
        Api.Reply changed = api.put(base() + "/qa/form", json(Map.of("questions", second)));
        assertThat(changed.at("version")).as(changed.toString()).isEqualTo(2);
        form("E", "2024-04-22", "2024-04-23", "\"social-work-report-on-time\": \"yes\", \"life-story-work\": \"no\"");
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String base() {
        return "/api/authorities/" + authority;
    }

    private void worker(String child, String team) {
        api.put(base() + "/children/" + child + "/social-worker", """
                {"id": "sw-%s", "name": "Sam Worker", "email": "sam@example.org", "team": "%s"}"""
                .formatted(child.toLowerCase(), team));
    }

    private void form(String child, String held, String completed, String answers) {
        String reviews = base() + "/children/" + child + "/reviews";
        Api.Reply review = api.post(reviews, ReviewCycleTest.review(held).replace("2023-05-20", held));
        assertThat(review.status()).as(review.toString()).isEqualTo(201);
        if (completed != null) {
            Api.Reply form = api.post(reviews + "/" + review.at("id") + "/qa", "{\"answers\": {" + answers
                    + "}, \"completedOn\": \"" + completed + "\"}");
            assertThat(form.status()).as(form.toString()).isEqualTo(201);
        }
    }

    /** Each line of a section as {@code figure|breakdown|value|previous|numerator/denominator}. */
    @SuppressWarnings("unchecked")
    private static List<String> lines(Api.Reply report, String section) {
        List<Map<String, Object>> sections = (List<Map<String, Object>>) report.at("sections");
        Map<String, Object> found = sections.stream().filter(s -> s.get("id").equals(section)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + section));
        return ((List<Map<String, Object>>) found.get("figures")).stream().map(f -> f.get("id") + "|"
                + (f.get("breakdown") == null ? "" : f.get("breakdown")) + "|" + number(f.get("value")) + "|"
                + number(f.get("previousValue")) + "|" + (f.get("denominator") == null ? ""
                : f.get("numerator") + "/" + f.get("denominator"))).toList();
    }

    private static String number(Object value) {
        if (value == null) {
            return "-";
        }
        double d = ((Number) value).doubleValue();
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private Api.Reply quarter(String query) {
        Api.Reply report = api.get(base() + "/reports/qa?from=2024-04-01&to=2024-06-30" + query);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        return report;
    }

    @Test
    void the_forms_and_their_timeliness_by_month_and_team() {
        Api.Reply report = quarter("");

        assertThat(report.at("previousFrom")).isEqualTo("2024-01-01");
        assertThat(report.at("previousTo")).isEqualTo("2024-03-31");
        assertThat(report.at("sections.0.title")).isEqualTo("QA forms");
        assertThat(lines(report, "qa-forms")).containsExactly(
                // A, B, C, D, E this quarter; A and C the last.
                "reviews-held||5|2|",
                // D's form came after the quarter; C had none last quarter.
                "forms-completed||4|1|",
                "forms-completed|month:2024-04|2|1|",
                "forms-completed|month:2024-05|1|0|",
                "forms-completed|month:2024-06|1|0|",
                "forms-completed|team:North|2|1|",
                "forms-completed|team:South|1|0|",
                "forms-completed|team:not-recorded|1|0|",
                // A, C and E in time, B late; D still within its time on 30 June. Last quarter A in time, C missed.
                "completed-in-timescale||0.75|0.5|3/4",
                "completed-in-timescale|month:2024-04|1|1|2/2",
                "completed-in-timescale|month:2024-05|0|0|0/1",
                "completed-in-timescale|month:2024-06|1|-|1/1",
                "completed-in-timescale|team:North|0.5|1|1/2",
                "completed-in-timescale|team:South|1|0|1/1",
                "completed-in-timescale|team:not-recorded|1|-|1/1",
                "forms-pending||1|0|");
    }

    @Test
    void each_answer_as_a_share_of_the_forms_that_answered_the_question() {
        Api.Reply report = quarter("");

        @SuppressWarnings("unchecked")
        List<String> sections = ((List<Map<String, Object>>) report.at("sections")).stream()
                .map(s -> (String) s.get("id")).toList();
        assertThat(sections).containsExactly("qa-forms", "social-work-report-on-time", "social-work-report-quality",
                "child-visited-and-seen-alone", "childs-views-captured", "health-and-pep-up-to-date",
                "regulation-44-reports-considered", "placement-meets-needs", "life-story-work",
                "care-plan-up-to-date");
        assertThat(report.at("sections.1.title")).isEqualTo("Social work report received on time");
        assertThat(lines(report, "social-work-report-on-time")).containsExactly(
                // A no (April, North), B yes (May, North), C yes (June, South), E yes (April, no team); last
                // quarter A yes.
                "yes||0.75|1|3/4",
                "yes|month:2024-04|0.5|1|1/2",
                "yes|month:2024-05|1|-|1/1",
                "yes|month:2024-06|1|-|1/1",
                "yes|team:North|0.5|1|1/2",
                "yes|team:South|1|-|1/1",
                "yes|team:not-recorded|1|-|1/1",
                "no||0.25|0|1/4",
                "no|month:2024-04|0.5|0|1/2",
                "no|month:2024-05|0|-|0/1",
                "no|month:2024-06|0|-|0/1",
                "no|team:North|0.5|0|1/2",
                "no|team:South|0|-|0/1",
                "no|team:not-recorded|0|-|0/1",
                "not-applicable||0|0|0/4",
                "not-applicable|month:2024-04|0|0|0/2",
                "not-applicable|month:2024-05|0|-|0/1",
                "not-applicable|month:2024-06|0|-|0/1",
                "not-applicable|team:North|0|0|0/2",
                "not-applicable|team:South|0|-|0/1",
                "not-applicable|team:not-recorded|0|-|0/1");
        assertThat(lines(report, "social-work-report-quality")).filteredOn(l -> l.split("\\|")[1].isEmpty())
                .containsExactly("1||0.3333333333333333|0|1/3", "2||0.3333333333333333|1|1/3",
                        "3||0.3333333333333333|0|1/3", "4||0|0|0/3");
        assertThat(lines(report, "care-plan-up-to-date")).filteredOn(l -> l.split("\\|")[1].isEmpty())
                .as("dropped from the form, answered by version-1 forms").containsExactly("yes||0.3333333333333333|1|1/3",
                        "no||0.3333333333333333|0|1/3", "not-applicable||0.3333333333333333|0|1/3");
        assertThat(lines(report, "life-story-work")).filteredOn(l -> l.split("\\|")[1].isEmpty())
                .containsExactly("yes||0|-|0/1", "no||1|-|1/1", "not-applicable||0|-|0/1");
        assertThat(lines(report, "childs-views-captured")).as("nobody answered it: nothing to divide")
                .containsExactly("yes||-|-|0/0", "no||-|-|0/0", "not-applicable||-|-|0/0");
    }

    @Test
    void one_team_alone_and_the_other_formats() {
        Api.Reply north = quarter("&team=North");
        assertThat(lines(north, "qa-forms")).contains("reviews-held||2|1|", "forms-completed||2|1|",
                "completed-in-timescale||0.5|1|1/2", "forms-pending||0|0|");
        assertThat(lines(north, "social-work-report-on-time")).contains("yes||0.5|1|1/2");

        Api.Reply csv = api.send("GET", base() + "/reports/qa?from=2024-04-01&to=2024-06-30", null);
        Api.Reply asCsv = new Api(server.getURL(), json).sendWithHeader("GET",
                base() + "/reports/qa?from=2024-04-01&to=2024-06-30", "", "Accept", "text/csv");
        assertThat(csv.contentType()).startsWith("application/json");
        assertThat(asCsv.status()).isEqualTo(200);
        assertThat(asCsv.contentType()).startsWith("text/csv");
        assertThat(asCsv.body()).startsWith("section,figure,breakdown,value,previous_value,numerator,denominator\r\n")
                .contains("qa-forms,completed-in-timescale,,0.75,0.5,3,4\r\n")
                .contains("social-work-report-on-time,yes,team:North,0.5,1,1,2\r\n");
        Api.Reply page = new Api(server.getURL(), json).sendWithHeader("GET",
                base() + "/reports/qa?from=2024-04-01&to=2024-06-30", "", "Accept", "text/html");
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains(">Quality assurance report</h1>")
                .contains(": Social work report received on time</figcaption>")
                .contains(": QA forms completed within timescale</figcaption>").contains("<svg")
                .doesNotContain("<script", "style=");
        assertThat(api.get(base() + "/reports/qa?from=2024-06-30&to=2024-04-01").errorFields())
                .containsExactly("to");
    }
}
