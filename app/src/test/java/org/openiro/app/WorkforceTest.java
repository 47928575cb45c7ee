package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.Tokens;

/** IROs, who holds which child, caseloads against the band, and each IRO's worklist. */
@MicronautTest(environments = "pg", transactional = false)
class WorkforceTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    org.openiro.calendar.WorkingDayCalendar calendar;

    private Api api;
    private final String authority = TestAuthorities.fresh("work");

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        api.put("/api/authorities/" + authority, "{\"name\": \"Work Borough\", \"policy\": {\"caseloadBand\": "
                + "{\"min\": 1, \"max\": 2}}}");
        iro("iro-1", 1.0, "2020-01-01", null, "North");
        iro("iro-2", 0.5, "2020-01-01", null, "South");
        iro("iro-old", 1.0, "2019-01-01", "2022-12-31", "North");
    }

    private Api.Reply iro(String id, double fte, String from, String to, String team) {
        return api.put("/api/authorities/" + authority + "/iros/" + id, """
                {"name": "%s Example", "email": "%s@example.org", "fte": %s, "employment": "permanent",
                 "team": "%s", "duties": ["cla"], "from": "%s"%s}""".formatted(id, id, fte, team, from,
                to == null ? "" : ", \"to\": \"" + to + "\""));
    }

    private String child(String id) {
        return "/api/authorities/" + authority + "/children/" + id;
    }

    private Api.Reply allocate(String child, String iro, String from) {
        return api.put(child(child) + "/iro", "{\"iroId\": \"" + iro + "\", \"from\": \"" + from
                + "\", \"reason\": \"allocation\"}");
    }

    private Object caseload(String iroId) {
        return api.get("/api/authorities/" + authority + "/iros/" + iroId).at("iro.caseload.lookedAfter");
    }

    private Api.Reply worklist(String iroId, LocalDate until) {
        return api.get("/api/authorities/" + authority + "/iros/" + iroId + "/worklist?until=" + until);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(Api.Reply worklist) {
        return (List<Map<String, Object>>) worklist.map().get("items");
    }

    private List<Map<String, Object>> itemsOf(String iroId, String kind) {
        return items(worklist(iroId, LocalDate.now().plusMonths(2))).stream()
                .filter(i -> i.get("kind").equals(kind)).toList();
    }

    private void inCare(String id, String start) {
        api.child(authority, id, "2012-01-01");
        api.episode(authority, id, start);
    }

    @Test
    void an_iro_is_put_again_safely_and_bad_input_is_refused() {
        assertThat(iro("iro-1", 0.8, "2020-01-01", null, "North").status()).isEqualTo(200);
        assertThat(iro("iro-9", 1.6, "2020-01-01", null, "North").errorFields()).containsExactly("fte");
        assertThat(iro("iro-9", 0, "2020-01-01", null, "North").errorFields()).containsExactly("fte");
        assertThat(iro("iro-9", 1.0, "2020-01-01", "2019-01-01", "North").errorFields()).containsExactly("to");
        assertThat(api.get("/api/authorities/" + authority + "/iros/iro-9").status()).isEqualTo(404);
    }

    @Test
    void allocation_keeps_history_and_the_child_shows_their_iro() {
        inCare("C1", "2024-01-08");

        assertThat(allocate("C1", "iro-1", "2024-01-08").status()).isEqualTo(201);
        Api.Reply changed = allocate("C1", "iro-2", "2024-06-01");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.at("irosThisPeriod")).isEqualTo(2);
        assertThat(changed.at("history.0.to")).isEqualTo("2024-06-01");
        assertThat(api.get("/api/authorities/" + authority + "/children?iro=iro-2").at("items.0.id")).isEqualTo("C1");
        assertThat(api.get("/api/authorities/" + authority + "/children?iro=iro-1").at("totalItems")).isEqualTo(0);
        Api.Reply shown = api.get(child("C1"));
        assertThat(shown.at("iro.id")).isEqualTo("iro-2");
        assertThat(shown.at("iro.irosThisPeriod")).isEqualTo(2);
        assertThat(allocate("C1", "iro-old", "2024-07-01").status()).as("left the service in 2022").isEqualTo(409);
        assertThat(allocate("C1", "iro-nobody", "2024-07-01").status()).isEqualTo(404);
        assertThat(allocate("C1", "iro-1", "2099-01-01").errorFields()).containsExactly("from");
        assertThat(api.get(child("C1")).at("iro.id")).as("refusals change nothing").isEqualTo("iro-2");
    }

    @Test
    void out_of_care_the_child_counts_the_iros_of_their_latest_period_only() {
        api.child(authority, "P1", "2012-01-01");
        api.episode(authority, "P1", "2022-01-03");
        allocate("P1", "iro-1", "2022-01-03");
        allocate("P1", "iro-2", "2022-03-01");
        api.post(child("P1") + "/episodes/current/end", "{\"endDate\": \"2022-06-01\", \"reason\": \"E4A\"}");
        api.episode(authority, "P1", "2024-01-08");
        Api.Reply again = allocate("P1", "iro-1", "2024-01-08");
        assertThat(again.at("irosThisPeriod")).as("in care again: iro-1 only").isEqualTo(1);

        api.post(child("P1") + "/episodes/current/end", "{\"endDate\": \"2024-06-01\", \"reason\": \"E4A\"}");

        assertThat(api.get(child("P1")).at("iro.irosThisPeriod")).as("the latest period, not every IRO ever")
                .isEqualTo(1);
        assertThat(allocate("P1", "iro-1", "2024-07-01").at("irosThisPeriod")).isEqualTo(1);
        api.child(authority, "P2", "2012-01-01");
        assertThat(allocate("P2", "iro-1", "2024-01-08").at("irosThisPeriod")).as("never in care").isEqualTo(0);
        assertThat(api.get(child("P2")).at("iro.irosThisPeriod")).isEqualTo(0);
    }

    @Test
    void siblings_held_apart_are_allowed_but_warned_and_listed() {
        inCare("S1", "2024-01-08");
        inCare("S2", "2024-01-08");
        assertThat(api.put(child("S1") + "/siblings", "{\"groupId\": \"g0\"}").status()).as("created")
                .isEqualTo(201);
        Api.Reply moved = api.put(child("S1") + "/siblings", "{\"groupId\": \"g1\"}");
        assertThat(moved.status()).as("updated").isEqualTo(200);
        assertThat(moved.at("groupId")).isEqualTo("g1");
        assertThat(api.put(child("S2") + "/siblings", "{\"groupId\": \"g1\"}").status()).isEqualTo(201);
        allocate("S1", "iro-1", "2024-01-08");

        Api.Reply apart = allocate("S2", "iro-2", "2024-01-08");

        assertThat(apart.status()).isEqualTo(201);
        assertThat((String) apart.at("warning")).contains("S1");
        Api.Reply iro = api.get("/api/authorities/" + authority + "/iros/iro-1");
        assertThat(iro.at("splitSiblingGroups.0.groupId")).isEqualTo("g1");
        assertThat(allocate("S2", "iro-1", "2024-02-01").at("warning")).as("together again").isNull();
    }

    @Test
    void caseloads_count_looked_after_children_per_fte_against_the_scaled_band() throws Exception {
        for (String c : List.of("A", "B", "D")) {
            inCare(c, "2024-01-08");
            allocate(c, "iro-1", "2024-01-08");
        }
        inCare("E", "2024-01-08");
        allocate("E", "iro-2", "2024-01-08");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> iros = (List<Map<String, Object>>) (List<?>) json.readValue(
                api.get("/api/authorities/" + authority + "/iros").body(),
                io.micronaut.core.type.Argument.listOf(Map.class));
        Map<String, Object> one = iros.stream().filter(i -> i.get("id").equals("iro-1")).findFirst().orElseThrow();
        Map<String, Object> two = iros.stream().filter(i -> i.get("id").equals("iro-2")).findFirst().orElseThrow();

        assertThat(((Map<?, ?>) one.get("caseload")).get("lookedAfter")).isEqualTo(3);
        assertThat(one.get("overBand")).isEqualTo(true);
        assertThat(((Map<?, ?>) two.get("caseload")).get("perFte")).isEqualTo(2.0);
        assertThat(((Map<?, ?>) two.get("band")).get("max")).isEqualTo(1.0);
        assertThat(two.get("overBand")).isEqualTo(false);
    }

    @Test
    void the_worklist_lists_what_is_due_oldest_first_and_the_iro_may_now_write_for_their_own_children() throws Exception {
        inCare("W1", "2024-01-08");
        inCare("W2", LocalDate.now().minusDays(3).toString());
        allocate("W1", "iro-1", "2024-01-08");
        allocate("W2", "iro-1", LocalDate.now().minusDays(3).toString());
        String iroToken = Tokens.mint("ira", List.of("iro"), List.of(authority), "iro-1", null);
        Api asIro = api.as(iroToken);

        String heldRecently = LocalDate.now().minusDays(30).toString();
        Api.Reply review = asIro.post(child("W1") + "/reviews", ReviewCycleTest.review(heldRecently));
        assertThat(review.status()).as(review.toString()).isEqualTo(201);
        inCare("W3", "2024-01-08");
        allocate("W3", "iro-2", "2024-01-08");
        inCare("W4", "2024-01-08");
        allocate("W4", "iro-1", "2024-01-08");
        assertThat(asIro.post(child("W3") + "/reviews", ReviewCycleTest.review("2024-02-01")).status())
                .as("not their child").isEqualTo(403);

        Api.Reply worklist = asIro.get("/api/authorities/" + authority + "/iros/iro-1/worklist?until="
                + LocalDate.now().plusMonths(2));

        assertThat(worklist.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) worklist.map().get("items");
        assertThat(items).extracting(i -> i.get("kind") + " " + i.get("childId")).contains("review-due W4",
                "review-due W2", "recommendations-due W1", "record-due W1", "letter-due W1");
        assertThat(items).extracting(i -> (String) i.get("dueDate")).isSorted();
        Map<String, Object> w4 = items.stream().filter(i -> i.get("kind").equals("review-due")
                && i.get("childId").equals("W4")).findFirst().orElseThrow();
        assertThat(w4.get("overdue")).isEqualTo(true);
        assertThat(items.get(0)).as("oldest first").isEqualTo(w4);
        Api.Reply alert = asIro.post(child("W1") + "/alerts", "{\"reasons\": [\"other\"], \"stage\": \"stage-1\", "
                + "\"description\": \"drift\", \"raisedWith\": {\"id\": \"tm-1\", \"role\": \"team-manager\"}}");
        assertThat(alert.status()).as(alert.toString()).isEqualTo(201);
        assertThat(asIro.get("/api/authorities/" + authority + "/iros/iro-1/worklist?until="
                + LocalDate.now().plusMonths(2)).body()).contains("alert-response-awaited")
                .contains((String) alert.at("id"));
        assertThat(asIro.get("/api/authorities/" + authority + "/worklist?team=South").at("items.0.childId"))
                .isEqualTo("W3");
        assertThat(asIro.get("/api/authorities/" + authority + "/iros/iro-1/worklist?until=2023-01-01")
                .at("totalItems")).isEqualTo(0);
    }

    @Test
    void a_booked_review_awaits_the_social_workers_report_and_a_held_one_its_midway_review() {
        LocalDate today = LocalDate.now();
        inCare("R1", today.minusMonths(2).toString());
        allocate("R1", "iro-1", today.minusMonths(2).toString());
        Api.Reply held = api.post(child("R1") + "/reviews", ReviewCycleTest.review(today.minusDays(20).toString()));
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        Object midwayDate = api.get(child("R1")).at("nextReview.midwayDate");
        LocalDate booked = today.plusDays(21);
        String bookingId = (String) api.post(child("R1") + "/reviews/bookings", "{\"date\": \"" + booked + "\"}")
                .at("id");

        assertThat(itemsOf("iro-1", "report-awaited")).singleElement().satisfies(item -> {
            assertThat(item.get("childId")).isEqualTo("R1");
            assertThat(item.get("bookingId")).isEqualTo(bookingId);
            assertThat(item.get("dueDate")).as("3 working days before the booked meeting")
                    .isEqualTo(calendar.workingDaysBefore(booked, 3).toString());
            assertThat(item.get("overdue")).isEqualTo(false);
        });
        assertThat(itemsOf("iro-1", "midway-due")).singleElement().satisfies(item -> {
            assertThat(item.get("childId")).isEqualTo("R1");
            assertThat(item.get("dueDate")).isEqualTo(midwayDate);
        });

        api.post(child("R1") + "/midway-reviews", "{\"date\": \"" + today + "\", \"withChild\": true, "
                + "\"driftIdentified\": false}");
        assertThat(itemsOf("iro-1", "midway-due")).as("done").isEmpty();
    }

    @Test
    void an_unregulated_placement_awaits_a_visit_and_an_unplanned_move_asks_for_an_early_review() {
        api.put("/api/authorities/" + authority, "{\"name\": \"Work Borough\", \"policy\": {\"caseloadBand\": "
                + "{\"min\": 1, \"max\": 2}, \"unregulatedPlacementTypes\": [\"Z11\"], "
                + "\"unregulatedVisitWorkingDays\": 10}}");
        LocalDate today = LocalDate.now();
        LocalDate moved = today.minusDays(3);
        inCare("U1", today.minusMonths(2).toString());
        allocate("U1", "iro-1", today.minusMonths(2).toString());
        Api.Reply review = api.post(child("U1") + "/reviews", ReviewCycleTest.review(today.minusDays(20).toString()));
        assertThat(review.status()).as(review.toString()).isEqualTo(201);
        Api.Reply move = api.post(child("U1") + "/placements", "{\"startDate\": \"" + moved + "\", \"type\": \"Z11\", "
                + "\"planned\": false}");
        assertThat(move.status()).as(move.toString()).isEqualTo(201);

        assertThat(itemsOf("iro-1", "visit-due")).singleElement().satisfies(item -> {
            assertThat(item.get("childId")).isEqualTo("U1");
            assertThat(item.get("dueDate")).as("10 working days after the move")
                    .isEqualTo(calendar.workingDaysAfter(moved, 10).toString());
        });
        assertThat(itemsOf("iro-1", "consider-early-review")).singleElement().satisfies(item -> {
            assertThat(item.get("childId")).isEqualTo("U1");
            assertThat(item.get("dueDate")).as("from the unplanned move").isEqualTo(moved.toString());
            assertThat(item.get("overdue")).isEqualTo(true);
        });

        api.post(child("U1") + "/iro-visits", "{\"date\": \"" + today + "\", \"kind\": \"visit\"}");
        assertThat(itemsOf("iro-1", "visit-due")).as("visited").isEmpty();
    }

    @Test
    void reg_33_3_and_reg_17_the_worklist_asks_for_an_early_review_and_says_why() {
        inCare("U2", "2024-01-08");
        allocate("U2", "iro-1", "2024-01-08");
        api.post(child("U2") + "/reviews", ReviewCycleTest.review("2024-02-01"));
        api.post(child("U2") + "/placements", "{\"startDate\": \"2024-02-20\", \"type\": \"U4\", \"planned\": false}");
        api.child(authority, "J", "2010-01-01");
        api.post(child("J") + "/episodes", "{\"startDate\": \"2024-01-08\", \"legalStatus\": \"J1\","
                + " \"placement\": {\"type\": \"K1\", \"over20Miles\": false}}");
        allocate("J", "iro-1", "2024-01-08");
        inCare("YOI", "2024-01-08");
        allocate("YOI", "iro-1", "2024-01-08");
        api.post(child("YOI") + "/placements", "{\"startDate\": \"2024-03-01\", \"type\": \"R5\"}");
        // Placed with a parent months after the last review; and another a week after one.
        inCare("HOME", "2024-01-08");
        allocate("HOME", "iro-1", "2024-01-08");
        api.post(child("HOME") + "/reviews", ReviewCycleTest.review("2024-02-01"));
        api.post(child("HOME") + "/placements", "{\"startDate\": \"2024-06-03\", \"type\": \"P1\"}");
        inCare("REVIEWED", "2024-01-08");
        allocate("REVIEWED", "iro-1", "2024-01-08");
        api.post(child("REVIEWED") + "/reviews", ReviewCycleTest.review("2024-05-28"));
        api.post(child("REVIEWED") + "/placements", "{\"startDate\": \"2024-06-03\", \"type\": \"P1\"}");

        Map<Object, Map<String, Object>> byChild = new java.util.HashMap<>();
        itemsOf("iro-1", "consider-early-review").forEach(item -> byChild.put(item.get("childId"), item));

        assertThat(byChild.keySet()).containsExactlyInAnyOrder("U2", "J", "YOI", "HOME");
        assertThat(byChild.get("U2")).containsEntry("reason", "unplanned-move");
        assertThat(byChild.get("J")).containsEntry("reason", "leaving-remand-or-detention")
                .containsEntry("dueDate", "2024-01-08").containsEntry("overdue", true);
        assertThat(byChild.get("YOI")).as("placed in a young offender institution")
                .containsEntry("reason", "leaving-remand-or-detention").containsEntry("dueDate", "2024-03-01");
        assertThat(byChild.get("HOME")).containsEntry("reason", "placement-with-parent")
                .containsEntry("dueDate", "2024-06-03");

        api.post(child("HOME") + "/reviews", ReviewCycleTest.review("2024-06-20"));
        assertThat(itemsOf("iro-1", "consider-early-review")).as("until the next review")
                .noneMatch(item -> item.get("childId").equals("HOME"));
    }

    @Test
    void reg_33_care_still_open_after_the_18th_birthday_is_on_the_worklist_to_correct() {
        // Born 15 September 2006, last reviewed 1 May 2024: the next would have been due 1 November 2024.
        api.child(authority, "ADULT", "2006-09-15");
        api.episode(authority, "ADULT", "2023-09-01");
        allocate("ADULT", "iro-1", "2023-09-01");
        for (String held : List.of("2023-09-25", "2023-12-20", "2024-05-01")) {
            api.post(child("ADULT") + "/reviews", ReviewCycleTest.review(held));
        }
        inCare("CHILD", "2023-09-01");
        allocate("CHILD", "iro-1", "2023-09-01");

        assertThat(itemsOf("iro-1", "care-not-ended-at-18")).singleElement().satisfies(item -> {
            assertThat(item.get("childId")).isEqualTo("ADULT");
            assertThat(item.get("dueDate")).as("the day care should have ended").isEqualTo("2024-09-15");
            assertThat(item.get("overdue")).isEqualTo(true);
        });
        assertThat(itemsOf("iro-1", "review-due")).as("never silently scheduled")
                .noneMatch(item -> item.get("childId").equals("ADULT"));
    }

    @Test
    void a_leaving_iros_children_are_spread_by_caseload_per_fte_keeping_siblings_together() {
        iro("iro-3", 1.0, "2020-01-01", null, "North");
        for (String c : List.of("L1", "L2", "L3", "L4")) {
            inCare(c, "2024-01-08");
            allocate(c, "iro-1", "2024-01-08");
        }
        inCare("H1", "2024-01-08");
        allocate("H1", "iro-3", "2024-01-08");
        api.put(child("L1") + "/siblings", "{\"groupId\": \"fam\"}");
        api.put(child("L2") + "/siblings", "{\"groupId\": \"fam\"}");
        String plan = "/api/authorities/" + authority + "/iros/iro-1/reallocation-plan";

        Api.Reply proposed = api.post(plan, "{\"to\": [\"iro-2\", \"iro-3\"]}");

        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> moves = (List<Map<String, Object>>) proposed.map().get("moves");
        Map<Object, Object> to = new java.util.HashMap<>();
        moves.forEach(m -> to.put(m.get("childId"), m.get("to")));
        assertThat(to).hasSize(4);
        assertThat(to.get("L1")).as("siblings move together").isEqualTo(to.get("L2"));
        // By caseload per FTE, the lightest taking the next (largest group first): iro-2 (0.5 FTE, none) takes the
        // siblings and is then at 4 per FTE; iro-3 (1.0 FTE, one child) takes L3 and L4.
        assertThat(to).containsEntry("L1", "iro-2").containsEntry("L2", "iro-2").containsEntry("L3", "iro-3")
                .containsEntry("L4", "iro-3");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> caseloads = (List<Map<String, Object>>) proposed.map().get("caseloads");
        assertThat(caseloads).extracting(c -> c.get("iroId") + " " + c.get("before") + "->" + c.get("after") + " "
                + c.get("perFteBefore") + "->" + c.get("perFteAfter")).containsExactly(
                "iro-1 4->0 4.0->0.0", "iro-2 0->2 0.0->4.0", "iro-3 1->3 1.0->3.0");
        assertThat(api.get(child("L1")).at("iro.id")).as("a proposal changes nothing").isEqualTo("iro-1");

        Api.Reply applied = api.post(plan + "/apply", "{\"to\": [\"iro-2\", \"iro-3\"]}");

        assertThat(applied.status()).isEqualTo(200);
        assertThat(applied.map().get("moves")).isEqualTo(proposed.map().get("moves"));
        for (String c : List.of("L1", "L2", "L3", "L4")) {
            assertThat(api.get(child(c)).at("iro.id")).isEqualTo(to.get(c));
        }
        assertThat(caseload("iro-1")).isEqualTo(0);
        assertThat(caseload("iro-2")).isEqualTo(2);
        assertThat(caseload("iro-3")).isEqualTo(3);
        assertThat(api.post(plan, "{\"to\": [\"iro-1\"]}").errorFields()).containsExactly("to");
        assertThat(api.post(plan, "{\"to\": [\"iro-old\"]}").errorFields()).containsExactly("to");
    }
}
