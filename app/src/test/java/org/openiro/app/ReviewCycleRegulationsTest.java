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
 * The review cycle's statutory cases over the API (issue 18), each named after the regulation it keeps: short breaks
 * recorded one episode a break (CPPCR 2010 reg 48), the 18th birthday, moves between prospective adopters (Adoption
 * Agencies Regulations 2005 reg 36(2)(a)), a review on the end date and policy as a ceiling (reg 33), online attendance
 * and the SSDA903 codes of each year; and what each does to the report and the 903 reviews table.
 */
@MicronautTest(environments = "pg", transactional = false)
class ReviewCycleRegulationsTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Api api;
    private final String authority = TestAuthorities.fresh("regs");

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        api.authority(authority);
    }

    private String child(String id) {
        return "/api/authorities/" + authority + "/children/" + id;
    }

    private static String review(String held) {
        return "{\"meetingDates\": [\"" + held + "\"], \"participation\": {\"code\": \"PN1\", \"methods\":"
                + " [\"attended-in-person\"]}}";
    }

    private Api.Reply shortBreak(String id, String start, String end) {
        Api.Reply started = api.post(child(id) + "/episodes", "{\"startDate\": \"" + start + "\", \"legalStatus\":"
                + " \"V3\", \"placement\": {\"type\": \"U4\", \"over20Miles\": false}}");
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return end == null ? started : api.post(child(id) + "/episodes/current/end",
                "{\"endDate\": \"" + end + "\", \"reason\": \"E4A\"}");
    }

    /** A figure of the service report's JSON, whole (no breakdown). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> figure(Api.Reply report, String id) {
        for (Map<String, Object> section : (List<Map<String, Object>>) report.map().get("sections")) {
            for (Map<String, Object> figure : (List<Map<String, Object>>) section.get("figures")) {
                if (figure.get("id").equals(id) && figure.get("breakdown") == null) {
                    return figure;
                }
            }
        }
        throw new AssertionError("no figure " + id);
    }

    private Api.Reply report(String from, String to) {
        return api.get("/api/authorities/" + authority + "/reports/iro-service?from=" + from + "&to=" + to);
    }

    private String reviewsTable(int year) {
        return api.sendWithHeader("GET", "/api/authorities/" + authority + "/exports/ssda903/reviews?year=" + year,
                "", "Accept", "text/csv").body();
    }

    @Test
    void reg_48_breaks_recorded_one_episode_a_break_are_one_series_and_a_review_between_them_is_accepted() {
        api.child(authority, "SB", "2014-06-01");
        shortBreak("SB", "2024-01-12", "2024-01-15");
        shortBreak("SB", "2024-02-09", "2024-02-12");
        shortBreak("SB", "2024-03-08", "2024-03-11");
        Api.Reply open = shortBreak("SB", "2024-04-05", null);
        assertThat(open.at("nextReview.dueDate")).as("3 months after the first break").isEqualTo("2024-04-12");
        assertThat(open.at("nextReview.basis")).isEqualTo("short-breaks");
        assertThat(api.post(child("SB") + "/episodes/current/end", "{\"endDate\": \"2024-04-08\", \"reason\": \"E4A\"}")
                .at("nextReview.dueDate")).as("whether or not a break is open").isEqualTo("2024-04-12");

        Api.Reply between = api.post(child("SB") + "/reviews", review("2024-04-10"));

        assertThat(between.status()).as(between.toString()).isEqualTo(201);
        assertThat(between.at("dueDate")).isEqualTo("2024-04-12");
        assertThat(between.at("inTimescale")).isEqualTo(true);
        assertThat(between.at("nextReview.dueDate")).isEqualTo("2024-10-10");
        assertThat(api.post(child("SB") + "/reviews", review("2024-12-01")).status())
                .as("more than 6 months after the last break: the series has ended").isEqualTo(409);
        assertThat(reviewsTable(2025)).as("a short-breaks child has no 903 reviews (rule 399)")
                .isEqualTo("CHILD,DOB,REVIEW,REVIEW_CODE\r\n");
        Api.Reply april = report("2024-04-01", "2024-04-30");
        assertThat(figure(april, "reviews-held").get("value")).as("counted with the reviews").isEqualTo(1.0);
        assertThat(figure(april, "held-in-timescale").get("numerator")).isEqualTo(1);
    }

    @Test
    void reg_48_short_breaks_are_judged_by_the_903_year_and_the_report_period_not_the_childs_whole_history() {
        // In care under C2 in 2022/23, reviewed then; on short breaks in 2024/25, reviewed between breaks.
        api.child(authority, "MIX", "2014-06-01");
        api.post(child("MIX") + "/episodes", "{\"startDate\": \"2022-05-03\", \"legalStatus\": \"C2\","
                + " \"placement\": {\"type\": \"U4\", \"over20Miles\": false}}");
        assertThat(api.post(child("MIX") + "/reviews", review("2022-05-25")).status()).isEqualTo(201);
        api.post(child("MIX") + "/episodes/current/end", "{\"endDate\": \"2023-03-01\", \"reason\": \"E4A\"}");
        shortBreak("MIX", "2024-04-05", "2024-04-08");
        assertThat(api.post(child("MIX") + "/reviews", review("2024-06-20")).status()).isEqualTo(201);
        shortBreak("MIX", "2024-06-28", null);

        assertThat(reviewsTable(2023)).isEqualTo("CHILD,DOB,REVIEW,REVIEW_CODE\r\nMIX,01/06/2014,25/05/2022,PN1\r\n");
        assertThat(reviewsTable(2025)).as("every episode of 2024/25 a short break, whatever came before")
                .isEqualTo("CHILD,DOB,REVIEW,REVIEW_CODE\r\n");

        // On short breaks from January 2024, then in care under a care order from September, in the same episode.
        api.child(authority, "TURN", "2014-06-01");
        shortBreak("TURN", "2024-01-12", null);
        api.post(child("TURN") + "/legal-statuses", "{\"from\": \"2024-09-02\", \"legalStatus\": \"C2\"}");

        Api.Reply summer = report("2024-04-01", "2024-06-30");
        assertThat(figure(summer, "looked-after-at-end").get("value")).as("both on short breaks only all summer")
                .isEqualTo(0.0);
        assertThat(figure(report("2024-09-01", "2024-09-30"), "looked-after-at-end").get("value"))
                .as("TURN under a care order in September").isEqualTo(1.0);
        assertThat(figure(summer, "started").get("value")).isEqualTo(0.0);
        assertThat(figure(summer, "reviews-held").get("value")).isEqualTo(1.0);
        Api.Reply then = report("2022-04-01", "2023-03-31");
        assertThat(figure(then, "started").get("value")).isEqualTo(1.0);
        assertThat(figure(then, "ceased").get("value")).isEqualTo(1.0);
    }

    @Test
    void reg_33_at_18_the_looked_after_cycle_ends_and_care_still_open_is_a_data_problem() {
        api.child(authority, "OLD", "2006-09-15");
        api.episode(authority, "OLD", "2023-09-01");
        for (String held : List.of("2023-09-25", "2023-12-20", "2024-05-01")) {
            assertThat(api.post(child("OLD") + "/reviews", review(held)).status()).isEqualTo(201);
        }
        api.child(authority, "YOUNG", "2012-05-01");
        api.episode(authority, "YOUNG", "2023-09-01");

        Api.Reply old = api.get(child("OLD"));

        assertThat(old.at("lookedAfter")).isEqualTo(true);
        assertThat(old.at("nextReview")).as("not a review due 1 November 2024, after the 18th birthday").isNull();
        assertThat(old.at("dataProblems")).isEqualTo(List.of("care-not-ended-at-18"));
        assertThat(api.get(child("YOUNG")).at("dataProblems")).isEqualTo(List.of());
        Api.Reply ended = api.post(child("OLD") + "/episodes/current/end",
                "{\"endDate\": \"2024-09-15\", \"reason\": \"E17\"}");
        assertThat(ended.at("dataProblems")).as("corrected: care ended on the birthday").isEqualTo(List.of());
    }

    @Test
    void aar_reg_36_2_a_a_move_from_one_a6_placement_to_another_is_reviewed_4_weeks_after_it() {
        api.child(authority, "ADOPT", "2021-03-01");
        api.post(child("ADOPT") + "/episodes", "{\"startDate\": \"2023-01-04\", \"legalStatus\": \"E1\","
                + " \"placement\": {\"type\": \"U4\", \"over20Miles\": false}}");
        String pn0 = "\"participation\": {\"code\": \"PN0\"}}";
        for (String held : List.of("2023-01-30", "2023-04-20", "2024-02-05", "2024-05-09")) {
            if (held.equals("2024-02-05")) {
                api.post(child("ADOPT") + "/placements", "{\"startDate\": \"2024-01-10\", \"type\": \"A6\"}");
            }
            assertThat(api.post(child("ADOPT") + "/reviews", "{\"meetingDates\": [\"" + held + "\"], " + pn0)
                    .status()).isEqualTo(201);
        }

        Api.Reply moved = api.post(child("ADOPT") + "/placements", "{\"startDate\": \"2024-07-01\", \"type\": \"A6\"}");

        assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
        assertThat(moved.at("nextReview.dueDate")).as("not 9 November").isEqualTo("2024-07-29");
        assertThat(moved.at("nextReview.basis")).isEqualTo("pre-adoptive-placement");
    }

    @Test
    void reg_33_a_review_on_the_day_care_ended_belongs_to_the_period_and_is_counted() {
        api.child(authority, "END", "2012-05-01");
        api.episode(authority, "END", "2023-04-28");
        api.post(child("END") + "/episodes/current/end", "{\"endDate\": \"2023-05-31\", \"reason\": \"E4A\"}");

        Api.Reply onTheEndDate = api.post(child("END") + "/reviews", review("2023-05-31"));

        assertThat(onTheEndDate.status()).as(onTheEndDate.toString()).isEqualTo(201);
        assertThat(onTheEndDate.at("dueDate")).isEqualTo("2023-05-31");
        assertThat(onTheEndDate.at("inTimescale")).isEqualTo(true);
        assertThat(reviewsTable(2024)).isEqualTo("CHILD,DOB,REVIEW,REVIEW_CODE\r\nEND,01/05/2012,31/05/2023,PN1\r\n");
        Api.Reply may = report("2023-05-01", "2023-05-31");
        assertThat(figure(may, "reviews-held").get("value")).isEqualTo(1.0);
        assertThat(figure(may, "held-in-timescale").get("numerator")).isEqualTo(1);
        assertThat(api.post(child("END") + "/reviews", review("2023-06-01")).status()).as("the day after")
                .isEqualTo(409);
    }

    @Test
    void reg_33_a_policy_may_shorten_the_regulations_maxima_and_a_longer_one_is_refused_naming_the_field() {
        String path = "/api/authorities/" + authority;
        for (String[] longer : new String[][] {{"firstReviewWorkingDays", "21"}, {"secondReviewMonths", "4"},
                {"laterReviewMonths", "12"}, {"unregulatedReviewMonths", "7"}}) {
            Api.Reply refused = api.put(path, "{\"name\": \"Test Borough\", \"policy\": {\"preset\": \"statutory\", \""
                    + longer[0] + "\": " + longer[1] + "}}");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.errorFields()).containsExactly("policy." + longer[0]);
        }
        assertThat(api.get(path).at("policy.laterReviewMonths")).as("nothing written").isEqualTo(6);

        String shorter = TestAuthorities.fresh("shorter");
        Api.Reply created = api.put("/api/authorities/" + shorter, "{\"name\": \"Test Borough\", \"policy\":"
                + " {\"preset\": \"statutory\", \"laterReviewMonths\": 4}}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String c4 = "/api/authorities/" + shorter + "/children/C4";
        api.child(shorter, "C4", "2012-05-01");
        api.episode(shorter, "C4", "2023-04-28");
        api.post(c4 + "/reviews", review("2023-05-25"));
        assertThat(api.post(c4 + "/reviews", review("2023-08-20")).at("nextReview.dueDate")).as("4 months on")
                .isEqualTo("2023-12-20");
    }

    @Test
    void ssda903_where_online_attendance_does_not_count_a_child_who_joined_online_is_pn5_or_pn6() {
        api.put("/api/authorities/" + authority, "{\"name\": \"Test Borough\", \"policy\": {\"preset\": \"statutory\","
                + " \"onlineAttendanceCounts\": false}}");
        api.child(authority, "ON", "2012-05-01");
        api.episode(authority, "ON", "2023-04-28");
        String[][] cases = {
            {"PN1", "\"attended-online\"", "400"},
            {"PN6", "\"attended-online\"", "201"},
            {"PN5", "\"attended-online\", \"discussion-with-iro\"", "201"},
            {"PN5", "\"discussion-with-iro\"", "201"},
            {"PN7", "\"attended-online\"", "400"}};
        String[] days = {"2023-05-02", "2023-05-03", "2023-05-04", "2023-05-05", "2023-05-09"};
        for (int i = 0; i < cases.length; i++) {
            Api.Reply reply = api.post(child("ON") + "/reviews", "{\"meetingDates\": [\"" + days[i] + "\"],"
                    + " \"participation\": {\"code\": \"" + cases[i][0] + "\", \"methods\": [" + cases[i][1] + "]}}");
            assertThat(reply.status()).as(cases[i][0] + " " + cases[i][1] + ": " + reply).isEqualTo(
                    Integer.parseInt(cases[i][2]));
            if (reply.status() == 400) {
                assertThat(reply.errorFields()).containsExactly("participation.methods");
            }
        }
    }

    @Test
    void ssda903_placement_codes_follow_the_collection_year_and_the_seed_presets_name_those_of_2025_26() {
        api.child(authority, "K", "2007-06-01");
        api.episode(authority, "K", "2024-01-08");
        assertThat(api.post(child("K") + "/placements", "{\"startDate\": \"2024-03-28\", \"type\": \"K3\"}")
                .errorFields()).as("K3 from 2024/25").containsExactly("type");
        assertThat(api.post(child("K") + "/placements", "{\"startDate\": \"2024-04-02\", \"type\": \"K3\"}")
                .status()).isEqualTo(201);
        assertThat(api.post(child("K") + "/placements", "{\"startDate\": \"2025-04-02\", \"type\": \"P2\"}")
                .errorFields()).as("P2 went in 2025/26").containsExactly("type");
        assertThat(api.post(child("K") + "/placements", "{\"startDate\": \"2025-04-02\", \"type\": \"Z14\"}")
                .status()).isEqualTo(201);

        for (String preset : List.of("county-a", "unitary-c")) {
            String code = TestAuthorities.fresh(preset);
            api.put("/api/authorities/" + code, "{\"name\": \"Seed\", \"policy\": {\"preset\": \"" + preset + "\"}}");
            assertThat(api.get("/api/authorities/" + code).at("policy.unregulatedPlacementTypes"))
                    .isEqualTo(List.of("H5", "P2", "Z1", "Z11", "Z12", "Z13", "Z14"));
        }
    }
}
