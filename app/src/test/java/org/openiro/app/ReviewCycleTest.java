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

/** Recording reviews through the API: their timing, deadlines and events, and the child's next review. */
@MicronautTest(environments = "pg", transactional = false)
class ReviewCycleTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Api api;
    private final String authority = TestAuthorities.fresh("cycle");

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        api.authorityWithChildInCare(authority);
    }

    private String child() {
        return "/api/authorities/" + authority + "/children/C1";
    }

    static String review(String... meetings) {
        return """
                {"meetingDates": [%s], "participation": {"code": "PN1", "methods": ["attended-in-person"],
                 "chairedByChild": "part"}, "advocacy": {"status": "not-applicable"},
                 "consultation": [{"party": "child", "sent": true, "returned": true},
                                  {"party": "school", "sent": true, "returned": false}],
                 "socialWorkReportReceivedOn": "2023-05-20"}"""
                .formatted(String.join(", ", java.util.Arrays.stream(meetings).map(m -> "\"" + m + "\"").toList()));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> events() {
        return (List<Map<String, Object>>) api.get("/api/authorities/" + authority + "/events?size=500").map()
                .get("items");
    }

    @Test
    void a_first_review_in_timescale_sets_the_second_three_months_on() {
        Api.Reply recorded = api.post(child() + "/reviews", review("2023-05-25"));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.location()).endsWith("/reviews/" + recorded.at("id"));
        assertThat(recorded.header("ETag")).isEqualTo("\"" + recorded.at("version") + "\"");
        assertThat(recorded.at("sequence")).isEqualTo(1);
        assertThat(recorded.at("dueDate")).isEqualTo("2023-05-31");
        assertThat(recorded.at("inTimescale")).isEqualTo(true);
        assertThat(recorded.at("basis")).isEqualTo("care-start");
        assertThat(recorded.at("deadlines.socialWorkReport.due")).isEqualTo("2023-05-22");
        assertThat(recorded.at("deadlines.socialWorkReport.status")).isEqualTo("met");
        assertThat(recorded.at("deadlines.recommendations.due")).as("29 May 2023 is a bank holiday").isEqualTo("2023-06-02");
        assertThat(recorded.at("deadlines.record.status")).isEqualTo("missed");
        assertThat(recorded.at("nextReview.dueDate")).isEqualTo("2023-08-25");
        assertThat(api.get(child()).at("nextReview.sequence")).isEqualTo(2);

        List<Map<String, Object>> events = events();
        assertThat(events).extracting(e -> e.get("type")).containsExactly("org.openiro.review.scheduled",
                "org.openiro.review.scheduled", "org.openiro.review.held");
        Map<?, ?> rescheduled = (Map<?, ?>) events.get(1).get("data");
        assertThat(rescheduled.get("dueDate")).isEqualTo("2023-08-25");
        assertThat(rescheduled.get("previousDueDate")).isEqualTo("2023-05-31");
        assertThat(((Map<?, ?>) events.get(2).get("data")).get("reviewId")).isEqualTo(recorded.at("id"));
    }

    @Test
    void a_series_stays_open_until_complete_and_then_counts_from_its_last_meeting() {
        Api.Reply open = api.post(child() + "/reviews", review("2023-05-30").replace("{\"meetingDates\"",
                "{\"seriesComplete\": false, \"meetingDates\""));
        assertThat(open.status()).as(open.toString()).isEqualTo(201);
        assertThat(open.at("inTimescale")).isNull();
        assertThat(api.get(child()).at("nextReview.sequence")).isEqualTo(1);

        Api.Reply stillOpen = api.send("PATCH", child() + "/reviews/" + open.at("id"), "{\"seriesComplete\": null}");
        assertThat(stillOpen.at("seriesComplete")).as("clearing it keeps it open").isEqualTo(false);
        assertThat(api.send("PATCH", child() + "/reviews/" + open.at("id"), "{\"bookingId\": \"b-1\"}")
                .errorFields()).containsExactly("bookingId");

        Api.Reply closed = api.send("PATCH", child() + "/reviews/" + open.at("id"),
                "{\"meetingDates\": [\"2023-05-30\", \"2023-06-12\"], \"seriesComplete\": true}");

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.at("inTimescale")).isEqualTo(true);
        assertThat(closed.at("nextReview.dueDate")).isEqualTo("2023-09-12");
        assertThat((Number) closed.at("version")).isNotEqualTo(open.at("version"));
        assertThat(events()).extracting(e -> e.get("type")).contains("org.openiro.review.held");
    }

    @Test
    void later_facts_are_patched_in_and_a_stale_version_is_refused() {
        Api.Reply recorded = api.post(child() + "/reviews", review("2023-05-25"));
        String path = child() + "/reviews/" + recorded.at("id");

        Api.Reply letter = api.send("PATCH", path, "{\"letterSentOn\": \"2023-06-02\", \"recordCompletedOn\": null}");
        assertThat(letter.status()).as(letter.toString()).isEqualTo(200);
        assertThat(letter.at("deadlines.letter.status")).isEqualTo("met");

        Api.Reply stale = api.sendWithHeader("PATCH", path, "{\"recordCompletedOn\": \"2023-06-20\"}", "If-Match",
                "\"" + recorded.at("version") + "\"");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(api.get(path).at("recordCompletedOn")).isNull();

        Api.Reply meetings = api.send("PATCH", path, "{\"meetingDates\": [\"2023-05-26\"]}");
        assertThat(meetings.status()).as("a complete series' meetings do not change").isEqualTo(409);
    }

    @Test
    void a_review_that_breaks_a_rule_is_refused_and_nothing_is_written() {
        String tomorrow = java.time.LocalDate.now().plusDays(1).toString();
        assertThat(api.post(child() + "/reviews", review(tomorrow)).errorFields()).containsExactly("meetingDates[0]");
        assertThat(api.post(child() + "/reviews", review("2023-06-10", "2023-06-01")).errorFields())
                .containsExactly("meetingDates[1]");
        Api.Reply beforeCare = api.post(child() + "/reviews", review("2023-03-01"));
        assertThat(beforeCare.status()).as("before care started").isEqualTo(409);
        assertThat(beforeCare.errorFields()).containsExactly("meetingDates");
        assertThat(api.post(child() + "/reviews", review("2023-05-25").replace("\"PN1\"", "\"PN0\"")).errorFields())
                .containsExactly("participation.code");
        assertThat(api.post(child() + "/reviews", review("2023-05-25").replace("\"PN1\"", "\"PN5\"")).errorFields())
                .as("PN5 with an attended method").containsExactly("participation.methods");
        Api.Reply pathway = api.post(child() + "/reviews", "{\"meetingDates\": [\"2023-05-25\"], "
                + "\"kind\": \"pathway-plan\", \"attended\": true}");
        assertThat(pathway.status()).as("IROs chair no pathway plans here").isEqualTo(409);
        assertThat(pathway.errorFields()).containsExactly("kind");

        assertThat(api.get(child() + "/reviews").body()).isEqualTo("[]");
        assertThat(events()).hasSize(1);
    }

    @Test
    void a_pathway_plan_review_is_a_care_leavers_and_refused_for_a_child_under_18() {
        String borough = TestAuthorities.fresh("pathway");
        api.put("/api/authorities/" + borough, "{\"name\": \"Borough B\", \"policy\": {\"preset\": \"borough-b\"}}");
        api.child(borough, "YOUNG", "2012-05-01");
        api.episode(borough, "YOUNG", "2023-04-28");

        Api.Reply refused = api.post("/api/authorities/" + borough + "/children/YOUNG/reviews",
                "{\"meetingDates\": [\"2023-05-25\"], \"kind\": \"pathway-plan\", \"attended\": true}");

        assertThat(refused.status()).as("IROs chair pathway plans here, but this child is 11").isEqualTo(409);
        assertThat(refused.errorFields()).containsExactly("kind");
        assertThat(refused.body()).contains("18th birthday (2030-05-01)");
        assertThat(api.get("/api/authorities/" + borough + "/children/YOUNG/reviews").body()).isEqualTo("[]");
    }

    @Test
    void a_looked_after_review_is_refused_for_a_child_not_looked_after_on_its_date() {
        api.child(authority, "NEVER", "2012-05-01");
        String never = "/api/authorities/" + authority + "/children/NEVER";
        Api.Reply neverInCare = api.post(never + "/reviews", review("2023-05-25"));
        assertThat(neverInCare.status()).as(neverInCare.toString()).isEqualTo(409);
        assertThat(neverInCare.errorFields()).containsExactly("meetingDates");

        api.post(child() + "/episodes/current/end", "{\"endDate\": \"2023-09-01\", \"reason\": \"E4A\"}");
        Api.Reply afterCare = api.post(child() + "/reviews", review("2023-09-04"));
        assertThat(afterCare.status()).as(afterCare.toString()).isEqualTo(409);
        assertThat(afterCare.errorFields()).containsExactly("meetingDates");
        Api.Reply onTheLastDay = api.post(child() + "/reviews", review("2023-08-31"));
        assertThat(onTheLastDay.status()).as("the day before the end date is still in care").isEqualTo(201);

        assertThat(api.get(never + "/reviews").body()).isEqualTo("[]");
        assertThat(api.get(child() + "/reviews").body()).as("only the review held in care")
                .contains((String) onTheLastDay.at("id")).doesNotContain("2023-09-04");
    }

    @Test
    void a_review_names_a_booking_of_its_own_child_or_is_refused() {
        api.child(authority, "C2", "2012-05-01");
        api.episode(authority, "C2", "2023-04-28");
        String c2 = "/api/authorities/" + authority + "/children/C2";
        String theirs = (String) api.post(c2 + "/reviews/bookings", "{\"date\": \"2023-05-25\"}").at("id");
        String mine = (String) api.post(child() + "/reviews/bookings", "{\"date\": \"2023-05-25\"}").at("id");

        for (String wrong : List.of(theirs, "no-such-booking")) {
            Api.Reply refused = api.post(child() + "/reviews", review("2023-05-25")
                    .replace("{\"meetingDates\"", "{\"bookingId\": \"" + wrong + "\", \"meetingDates\""));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.errorFields()).containsExactly("bookingId");
        }
        assertThat(api.get(child() + "/reviews").body()).as("nothing written").isEqualTo("[]");

        Api.Reply held = api.post(child() + "/reviews", review("2023-05-25")
                .replace("{\"meetingDates\"", "{\"bookingId\": \"" + mine + "\", \"meetingDates\""));
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        assertThat(held.at("bookingId")).isEqualTo(mine);
    }

    @Test
    void deleting_a_review_recorded_in_error_measures_the_rest_again() {
        String first = (String) api.post(child() + "/reviews", review("2023-05-25")).at("id");
        Api.Reply second = api.post(child() + "/reviews", review("2023-08-20"));
        assertThat(second.at("sequence")).isEqualTo(2);

        Api.Reply deleted = api.delete(child() + "/reviews/" + first);

        assertThat(deleted.status()).isEqualTo(204);
        Api.Reply remeasured = api.get(child() + "/reviews/" + second.at("id"));
        assertThat(remeasured.at("sequence")).isEqualTo(1);
        assertThat(remeasured.at("dueDate")).isEqualTo("2023-05-31");
        assertThat(remeasured.at("inTimescale")).isEqualTo(false);
        Api.Reply audited = api.get("/api/authorities/" + authority + "/audit?resource=review&id=" + first);
        assertThat(audited.at("totalItems")).isEqualTo(1);
        assertThat(audited.at("items.0.method")).isEqualTo("DELETE");
    }

    @Test
    void a_policy_change_moves_next_reviews_from_today_and_leaves_reviews_held_under_the_old_one_be() {
        // C1 reviewed in May and August 2023 under the statutory 3 months; C2 first reviewed three weeks ago.
        api.post(child() + "/reviews", review("2023-05-25"));
        String august = (String) api.post(child() + "/reviews", review("2023-08-20")).at("id");
        java.time.LocalDate today = java.time.LocalDate.now();
        api.child(authority, "C2", "2012-05-01");
        api.episode(authority, "C2", today.minusDays(40).toString());
        String c2 = "/api/authorities/" + authority + "/children/C2";
        Api.Reply first = api.post(c2 + "/reviews", review(today.minusDays(20).toString()));
        assertThat(first.at("nextReview.dueDate")).isEqualTo(today.minusDays(20).plusMonths(3).toString());
        int eventsBefore = events().size();

        Api.Reply changed = api.put("/api/authorities/" + authority, "{\"name\": \"Test Borough\", "
                + "\"policy\": {\"preset\": \"statutory\", \"secondReviewMonths\": 2}}");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(api.get(c2).at("nextReview.dueDate")).as("the second review, now 2 months after the first")
                .isEqualTo(today.minusDays(20).plusMonths(2).toString());
        List<Map<String, Object>> scheduled = events().subList(eventsBefore, events().size());
        assertThat(scheduled).extracting(e -> e.get("type")).containsExactly("org.openiro.review.scheduled");
        assertThat(((Map<?, ?>) scheduled.get(0).get("data")).get("childId")).isEqualTo("C2");
        assertThat(api.get(c2 + "/reviews/" + first.at("id")).at("inTimescale")).isEqualTo(true);

        // A later change to C1's history measures it again, still under the policy of 2023 for its reviews then.
        api.post(child() + "/reviews", review("2024-01-15"));
        Api.Reply second = api.get(child() + "/reviews/" + august);
        assertThat(second.at("dueDate")).as("3 months after 25 May, as in 2023").isEqualTo("2023-08-25");
        assertThat(second.at("inTimescale")).isEqualTo(true);

        api.put("/api/authorities/" + authority, "{\"name\": \"Test Borough\", "
                + "\"policy\": {\"preset\": \"statutory\", \"secondReviewMonths\": 2, \"recordDeadlineWorkingDays\": 15}}");
        assertThat(events()).as("a change that does not time reviews moves no due date").hasSize(eventsBefore + 3);
    }

    @Test
    void an_iro_direction_brings_the_next_review_forward_but_never_later() {
        api.post(child() + "/reviews", review("2023-05-25"));
        String soon = java.time.LocalDate.now().plusDays(7).toString();

        Api.Reply later = api.post(child() + "/reviews/bring-forward",
                "{\"dueBy\": \"2099-01-01\", \"reason\": \"iro-direction\"}");
        Api.Reply unknown = api.post(child() + "/reviews/bring-forward",
                "{\"dueBy\": \"" + soon + "\", \"reason\": \"because\"}");

        assertThat(later.errorFields()).containsExactly("dueBy");
        assertThat(unknown.errorFields()).containsExactly("reason");
    }

    @Test
    void an_iro_direction_sets_the_due_date_and_says_so() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        api.child(authority, "C2", "2012-05-01");
        String c2 = "/api/authorities/" + authority + "/children/C2";
        Object careStartDue = api.episode(authority, "C2", today.toString()).at("nextReview.dueDate");
        String dueBy = today.plusDays(7).toString();

        Api.Reply brought = api.post(c2 + "/reviews/bring-forward",
                "{\"dueBy\": \"" + dueBy + "\", \"reason\": \"significant-change\"}");

        assertThat(brought.status()).as(brought.toString()).isEqualTo(200);
        assertThat(brought.at("dueDate")).isEqualTo(dueBy);
        assertThat(brought.at("basis")).isEqualTo("brought-forward");
        assertThat(api.get(c2).at("nextReview.dueDate")).isEqualTo(dueBy);
        assertThat(api.get(c2).at("nextReview.basis")).isEqualTo("brought-forward");
        Map<?, ?> scheduled = events().stream().filter(e -> e.get("type").equals("org.openiro.review.scheduled"))
                .map(e -> (Map<?, ?>) e.get("data")).filter(d -> "C2".equals(d.get("childId")))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(scheduled.get("dueDate")).isEqualTo(dueBy);
        assertThat(scheduled.get("basis")).isEqualTo("brought-forward");
        assertThat(scheduled.get("previousDueDate")).isEqualTo(careStartDue);
    }

    @Test
    void placed_for_adoption_brings_a_review_within_28_days() {
        api.post(child() + "/reviews", review("2023-05-25"));
        api.post(child() + "/reviews", review("2023-08-20"));
        api.post(child() + "/reviews", review("2024-01-10"));

        Api.Reply placed = api.post(child() + "/placements", "{\"startDate\": \"2024-01-31\", \"type\": \"A5\"}");

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.at("nextReview.dueDate")).isEqualTo("2024-02-28");
        assertThat(placed.at("nextReview.basis")).isEqualTo("pre-adoptive-placement");
        Api.Reply ended = api.post(child() + "/episodes/current/end", "{\"endDate\": \"2024-06-01\", \"reason\": \"E11\"}");
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.at("lookedAfter")).isEqualTo(false);
        assertThat(ended.at("nextReview")).isNull();
    }

    @Test
    void bookings_are_rearranged_and_adjourned_once_without_moving_the_due_date() {
        Api.Reply booking = api.post(child() + "/reviews/bookings", "{\"date\": \"2023-06-05\"}");
        assertThat(booking.status()).as(booking.toString()).isEqualTo(201);
        assertThat(booking.at("afterDueDate")).isEqualTo(true);
        String path = child() + "/reviews/bookings/" + booking.at("id");

        Api.Reply moved = api.sendWithHeader("POST", path + "/rearrangements",
                "{\"newDate\": \"2023-05-30\", \"reason\": \"court-timetable\"}", "If-Match", booking.header("ETag"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
        assertThat(moved.at("rearranged")).isEqualTo(true);
        assertThat(moved.at("afterDueDate")).isEqualTo(false);
        assertThat(api.sendWithHeader("POST", path + "/rearrangements",
                "{\"newDate\": \"2023-06-02\", \"reason\": \"other\"}", "If-Match", booking.header("ETag")).status())
                .as("made against the booking before it was moved").isEqualTo(412);
        assertThat(api.get(child() + "/reviews/bookings").body()).as("unchanged").doesNotContain("2023-06-02");
        Api.Reply adjourned = api.post(path + "/adjournments",
                "{\"date\": \"2023-05-30\", \"reason\": \"no-care-plan\", \"reconveneOn\": \"2023-07-20\"}");
        assertThat(adjourned.status()).as(adjourned.toString()).isEqualTo(201);
        assertThat(adjourned.at("reconvenedLate")).isEqualTo(true);
        assertThat(api.post(path + "/adjournments",
                "{\"date\": \"2023-07-20\", \"reason\": \"other\", \"reconveneOn\": \"2023-07-25\"}").status())
                .as("a review is adjourned once").isEqualTo(409);
        assertThat(api.post(path + "/rearrangements", "{\"newDate\": \"2023-06-01\", \"reason\": \"whim\"}")
                .errorFields()).containsExactly("reason");

        assertThat(api.get(child()).at("nextReview.dueDate")).isEqualTo("2023-05-31");
        assertThat(events()).extracting(e -> e.get("type")).contains("org.openiro.review.rearranged",
                "org.openiro.review.adjourned");
    }

    @Test
    void midway_reviews_and_visits_are_recorded_and_listed() {
        Api.Reply midway = api.post(child() + "/midway-reviews",
                "{\"date\": \"2023-07-10\", \"withChild\": true, \"driftIdentified\": false, \"notes\": \"on track\"}");
        Api.Reply visit = api.post(child() + "/iro-visits", "{\"date\": \"2023-07-11\", \"kind\": \"visit\"}");

        assertThat(midway.status()).isEqualTo(201);
        assertThat(visit.status()).isEqualTo(201);
        assertThat(api.get(child() + "/midway-reviews").body()).contains("on track");
        assertThat(api.get(child() + "/iro-visits").body()).contains("2023-07-11");
        assertThat(api.post(child() + "/iro-visits", "{\"date\": \"2023-07-11\", \"kind\": \"phone\"}").errorFields())
                .containsExactly("kind");
    }

    @Test
    void of_two_changes_made_against_the_same_version_one_wins_and_the_other_changes_nothing() throws Exception {
        Api.Reply recorded = api.post(child() + "/reviews", review("2023-05-25"));
        String path = child() + "/reviews/" + recorded.at("id");
        String version = "\"" + recorded.at("version") + "\"";

        java.util.concurrent.CompletableFuture<Api.Reply> letter = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> api.sendWithHeader("PATCH", path, "{\"letterSentOn\": \"2023-06-01\"}", "If-Match", version));
        java.util.concurrent.CompletableFuture<Api.Reply> record = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> api.sendWithHeader("PATCH", path, "{\"recordCompletedOn\": \"2023-06-02\"}", "If-Match", version));

        List<Integer> statuses = java.util.stream.Stream.of(letter.get(), record.get()).map(Api.Reply::status).sorted()
                .toList();
        assertThat(statuses).containsExactly(200, 412);
        Api.Reply stored = api.get(path);
        assertThat(stored.at("letterSentOn") == null).isNotEqualTo(stored.at("recordCompletedOn") == null);
    }

    @Test
    void the_children_list_filters_by_what_is_due_soonest_first() {
        api.child(authority, "C2", "2012-05-01");
        api.episode(authority, "C2", java.time.LocalDate.now().minusDays(2).toString());
        api.child(authority, "C3", "2012-05-01");

        Api.Reply overdue = api.get("/api/authorities/" + authority + "/children?overdue=true");
        Api.Reply notOverdue = api.get("/api/authorities/" + authority + "/children?overdue=false");
        Api.Reply all = api.get("/api/authorities/" + authority + "/children?size=2");

        assertThat(overdue.at("totalItems")).isEqualTo(1);
        assertThat(overdue.at("items.0.id")).isEqualTo("C1");
        assertThat(overdue.at("items.0.nextReview.dueDate")).isEqualTo("2023-05-31");
        assertThat(notOverdue.at("items.0.id")).isEqualTo("C2");
        assertThat(all.at("totalItems")).isEqualTo(3);
        assertThat(all.at("items.0.id")).isEqualTo("C1");
        assertThat(api.get("/api/authorities/" + authority + "/children?dueBefore=2023-06-01").at("totalItems"))
                .isEqualTo(1);
    }

    @Test
    void two_changes_to_one_child_at_once_are_both_kept() throws Exception {
        java.util.concurrent.CompletableFuture<Api.Reply> first = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> api.post(child() + "/placements", "{\"startDate\": \"2024-01-10\", \"type\": \"U4\"}"));
        java.util.concurrent.CompletableFuture<Api.Reply> second = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> api.post(child() + "/placements", "{\"startDate\": \"2024-02-10\", \"type\": \"K2\"}"));

        assertThat(List.of(first.get().status(), second.get().status())).containsExactly(201, 201);
        assertThat(api.get(child()).body()).contains("2024-01-10").contains("2024-02-10");
    }
}
