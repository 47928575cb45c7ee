package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.Tokens;

/** Dip-sample and footprint audits (issue 24): the cohort on a day, a sample reproducible from its seed, findings. */
@MicronautTest(environments = "pg", transactional = false)
class CaseAuditsTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Api api;
    private final String authority = TestAuthorities.fresh("audit");

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        api.put(base(), """
                {"name": "Audit Borough", "policy": {"unregulatedPlacementTypes": ["H5"],
                 "unregulatedVisitWorkingDays": 10}}""");
        for (String iro : List.of("iro-a", "iro-b", "iro-c")) {
            api.put(base() + "/iros/" + iro, """
                    {"name": "%s", "fte": 1.0, "employment": "permanent", "from": "2020-01-01"}""".formatted(iro));
        }
    }

    private String base() {
        return "/api/authorities/" + authority;
    }

    private String child(String id) {
        return base() + "/children/" + id;
    }

    /** A child in care from {@code start}, with the IRO allocated then. */
    private void inCare(String id, String born, String start, String iro) {
        api.child(authority, id, born);
        Api.Reply episode = api.episode(authority, id, start);
        assertThat(episode.status()).as(episode.toString()).isEqualTo(201);
        if (iro != null) {
            api.put(child(id) + "/iro", "{\"iroId\": \"" + iro + "\", \"from\": \"" + start + "\"}");
        }
    }

    private static String draw(String cohort, int size, Long seed, String auditors) {
        return """
                {"title": "Dip sample", "on": "2024-03-01", "cohort": %s, "sampleSize": %d%s,
                 "auditors": %s}""".formatted(cohort, size, seed == null ? "" : ", \"seed\": " + seed, auditors);
    }

    @SuppressWarnings("unchecked")
    private static List<String> sampled(Api.Reply audit) {
        return ((List<Map<String, Object>>) audit.at("children")).stream().map(c -> (String) c.get("childId"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> auditors(Api.Reply audit) {
        return ((List<Map<String, Object>>) audit.at("children")).stream().map(c -> (String) c.get("auditor"))
                .toList();
    }

    private long audits() {
        return ((Number) api.get(base() + "/audits").at("totalItems")).longValue();
    }

    @Test
    void a_sample_is_reproducible_from_its_seed_and_drawn_as_the_docs_say() {
        List<String> cohort = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = "K" + (char) ('A' + (i * 7) % 12);
            inCare(id, "2012-06-01", "2023-09-01", i % 2 == 0 ? "iro-a" : "iro-b");
            cohort.add(id);
        }
        inCare("OUT", "2012-06-01", "2024-03-02", "iro-a");

        Api.Reply first = api.post(base() + "/audits", draw("{}", 5, 42L, "[\"iro-a\", \"iro-b\", \"iro-c\"]"));
        Api.Reply again = api.post(base() + "/audits", draw("{}", 5, 42L, "[\"iro-a\", \"iro-b\", \"iro-c\"]"));
        Api.Reply other = api.post(base() + "/audits", draw("{}", 5, 7L, "[\"iro-a\", \"iro-b\", \"iro-c\"]"));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.location()).endsWith("/audits/" + first.at("id"));
        assertThat(first.at("cohortSize")).as("in care on the day; OUT came later").isEqualTo(12);
        assertThat(first.at("seed")).isEqualTo(42);
        assertThat(sampled(again)).isEqualTo(sampled(first));
        assertThat(auditors(again)).isEqualTo(auditors(first));
        assertThat(sampled(other)).isNotEqualTo(sampled(first));
        // docs/quality-assurance.md: ids in order, Fisher–Yates with java.util.Random(seed) (as Collections.shuffle
        // does it), the first five.
        List<String> expected = new ArrayList<>(cohort);
        Collections.sort(expected);
        Collections.shuffle(expected, new Random(42));
        assertThat(sampled(first)).isEqualTo(expected.subList(0, 5));
        // In turn, passing over the child's own IRO.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> children = (List<Map<String, Object>>) first.at("children");
        assertThat(children).allMatch(c -> !c.get("auditor").equals(c.get("iroId")));
        assertThat(first.at("progress")).isEqualTo(Map.of("done", 0, "total", 5, "complete", false));

        Api.Reply chosen = api.post(base() + "/audits", draw("{}", 5, null, "[\"iro-c\"]"));
        Number seed = (Number) chosen.at("seed");
        assertThat(sampled(api.post(base() + "/audits", draw("{}", 5, seed.longValue(), "[\"iro-c\"]"))))
                .as("a seed the service chose repeats the draw").isEqualTo(sampled(chosen));
        assertThat(api.get(base() + "/audits?size=2").map()).containsEntry("totalItems", 5).containsEntry("size", 2);
        long withIroA = java.util.stream.Stream.of(first, again, other).filter(a -> auditors(a).contains("iro-a"))
                .count();
        assertThat(api.get(base() + "/audits?auditor=iro-a").at("totalItems")).isEqualTo((int) withIroA);
        assertThat(api.get(base() + "/audits?auditor=iro-c").at("totalItems")).as("one of three in turn, and both"
                + " of iro-c's own").isEqualTo(5);
    }

    @Test
    void a_cohort_smaller_than_the_sample_takes_every_child_who_meets_each_filter() {
        inCare("TEEN", "2008-01-10", "2023-09-01", "iro-a");
        inCare("YOUNG", "2016-01-10", "2023-09-01", "iro-a");
        inCare("TEEN-OTHER-IRO", "2008-01-10", "2023-09-01", "iro-b");
        inCare("TEEN-V2", "2008-01-10", "2023-09-01", "iro-a");
        api.post(child("TEEN-V2") + "/legal-statuses", "{\"from\": \"2024-01-05\", \"legalStatus\": \"V2\"}");
        inCare("TEEN-LEFT", "2008-01-10", "2023-09-01", "iro-a");
        api.post(child("TEEN-LEFT") + "/episodes/current/end", "{\"endDate\": \"2024-02-01\", \"reason\": \"E4A\"}");
        inCare("TEEN-H5", "2008-01-10", "2023-09-01", "iro-a");
        api.post(child("TEEN-H5") + "/placements", "{\"startDate\": \"2024-01-05\", \"type\": \"H5\"}");

        Api.Reply teens = api.post(base() + "/audits", draw("""
                {"legalStatuses": ["C1"], "ageFrom": 15, "ageTo": 17, "iroId": "iro-a"}""", 500, 1L,
                "[\"iro-b\"]"));

        assertThat(teens.status()).as(teens.toString()).isEqualTo(201);
        assertThat(teens.at("cohortSize")).isEqualTo(2);
        assertThat(sampled(teens)).containsExactlyInAnyOrder("TEEN", "TEEN-H5");
        assertThat(teens.at("sampleSize")).isEqualTo(500);
        assertThat(sampled(api.post(base() + "/audits", draw("{\"placementTypes\": [\"H5\"]}", 10, 1L,
                "[\"iro-b\"]")))).containsExactly("TEEN-H5");
        assertThat(sampled(api.post(base() + "/audits", draw("{\"lookedAfter\": false}", 10, 1L, "[\"iro-b\"]"))))
                .containsExactly("TEEN-LEFT");
        Api.Reply nobody = api.post(base() + "/audits", draw("{\"ageFrom\": 20}", 10, 1L, "[\"iro-b\"]"));
        assertThat(nobody.status()).isEqualTo(409);
        assertThat(nobody.errorFields()).containsExactly("cohort");
    }

    @Test
    void bad_input_names_the_field_and_draws_nothing() {
        inCare("C1", "2012-06-01", "2023-09-01", "iro-a");

        assertThat(api.post(base() + "/audits", draw("{}", 0, 1L, "[\"iro-b\"]")).errorFields())
                .containsExactly("sampleSize");
        assertThat(api.post(base() + "/audits", draw("{}", 501, 1L, "[\"iro-b\"]")).errorFields())
                .containsExactly("sampleSize");
        Api.Reply code = api.post(base() + "/audits", draw("{\"legalStatuses\": [\"C1\", \"XX\"]}", 5, 1L,
                "[\"iro-b\"]"));
        assertThat(code.status()).isEqualTo(400);
        assertThat(code.contentType()).startsWith("application/problem+json");
        assertThat(code.errorFields()).containsExactly("cohort.legalStatuses[1]");
        assertThat(api.post(base() + "/audits", draw("{\"placementTypes\": [\"U9\"]}", 5, 1L, "[\"iro-b\"]"))
                .errorFields()).containsExactly("cohort.placementTypes[0]");
        assertThat(api.post(base() + "/audits", draw("{\"ageFrom\": 12, \"ageTo\": 10}", 5, 1L, "[\"iro-b\"]"))
                .errorFields()).containsExactly("cohort.ageTo");
        assertThat(api.post(base() + "/audits", draw("{\"iroId\": \"iro-nobody\"}", 5, 1L, "[\"iro-b\"]"))
                .errorFields()).containsExactly("cohort.iroId");
        assertThat(api.post(base() + "/audits", draw("{}", 5, 1L, "[\"iro-b\", \"iro-x\"]")).errorFields())
                .containsExactly("auditors[1]");
        assertThat(api.post(base() + "/audits", draw("{}", 5, 1L, "[]")).errorFields()).containsExactly("auditors");
        assertThat(api.post(base() + "/audits", draw("{}", 5, -1L, "[\"iro-b\"]")).errorFields())
                .containsExactly("seed");
        assertThat(api.post(base() + "/audits", draw("{}", 5, 1L, "[\"iro-b\"]").replace("\"2024-03-01\"",
                "\"2099-03-01\"")).errorFields()).containsExactly("on");
        assertThat(api.post(base() + "/audits", draw("{}", 5, 1L, "[\"iro-b\"]").replace("\"cohort\": {}",
                "\"kind\": \"footprint\", \"cohort\": {}")).errorFields()).containsExactly("cohort.iroId");
        assertThat(api.post(base() + "/audits", draw("{\"iroId\": \"iro-a\"}", 5, 1L, "[\"iro-b\", \"iro-a\"]")
                .replace("\"cohort\"", "\"kind\": \"footprint\", \"cohort\"")).errorFields())
                .as("never the IRO audited").containsExactly("auditors[1]");
        assertThat(api.post(base() + "/audits", draw("{\"colour\": \"blue\"}", 5, 1L, "[\"iro-b\"]"))
                .errorFields()).containsExactly("cohort.colour");

        assertThat(audits()).isZero();
    }

    @Test
    void findings_come_from_the_assigned_auditor_or_a_manager_once_and_add_up() {
        inCare("C1", "2012-06-01", "2023-09-01", "iro-a");
        inCare("C2", "2012-06-01", "2023-09-01", "iro-a");
        Api.Reply audit = api.post(base() + "/audits", draw("{}", 2, 3L, "[\"iro-b\", \"iro-c\"]").replace(
                "\"auditors\"", "\"questions\": [{\"id\": \"plan-clear\", \"label\": \"Plan is clear\", "
                        + "\"scale\": \"yes-no\"}, {\"id\": \"quality\", \"label\": \"Quality\", \"scale\": "
                        + "\"rating\"}], \"auditors\""));
        assertThat(audit.status()).as(audit.toString()).isEqualTo(201);
        String id = (String) audit.at("id");
        String firstChild = sampled(audit).get(0);
        String secondChild = sampled(audit).get(1);
        assertThat(auditors(audit)).containsExactly("iro-b", "iro-c");
        String findings = base() + "/audits/" + id + "/children/" + firstChild + "/findings";
        String iroB = Tokens.mint("b", List.of("iro"), List.of(authority), "iro-b", null);
        String iroC = Tokens.mint("c", List.of("iro"), List.of(authority), "iro-c", null);

        assertThat(api.as(iroC).post(findings, "{\"answers\": {\"plan-clear\": \"yes\"}}").status())
                .as("not this child's auditor").isEqualTo(403);
        assertThat(api.as(iroB).post(findings, "{\"answers\": {\"plan-clear\": \"perhaps\"}}").errorFields())
                .containsExactly("answers.plan-clear");
        assertThat(api.as(iroB).post(findings, "{\"answers\": {\"placement\": \"yes\"}}").errorFields())
                .containsExactly("answers.placement");
        Api.Reply recorded = api.as(iroB).post(findings, """
                {"answers": {"plan-clear": "no", "quality": 3}, "notes": "Plan silent on contact."}""");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.at("status")).isEqualTo("done");
        assertThat(recorded.at("findings.recordedBy")).isEqualTo("b");
        assertThat(api.as(iroB).post(findings, "{\"answers\": {\"plan-clear\": \"yes\"}}").status())
                .as("once a child").isEqualTo(409);
        assertThat(api.post(base() + "/audits/" + id + "/children/" + secondChild + "/findings",
                "{\"answers\": {\"plan-clear\": \"yes\"}}").status()).as("a manager may").isEqualTo(201);
        assertThat(api.post(base() + "/audits/" + id + "/children/NOT-SAMPLED/findings",
                "{\"answers\": {\"plan-clear\": \"yes\"}}").status()).isEqualTo(404);

        Api.Reply progress = api.as(iroC).get(base() + "/audits/" + id);
        assertThat(progress.at("progress")).isEqualTo(Map.of("done", 2, "total", 2, "complete", true));
        assertThat(progress.at("answers.0")).isEqualTo(Map.of("questionId", "plan-clear", "answered", 2,
                "counts", List.of(Map.of("answer", "yes", "count", 1, "share", 0.5),
                        Map.of("answer", "no", "count", 1, "share", 0.5),
                        Map.of("answer", "not-applicable", "count", 0, "share", 0.0))));
        assertThat(progress.at("answers.1.answered")).as("one finding left it unanswered").isEqualTo(1);
        assertThat(progress.at("answers.1.counts.2")).isEqualTo(Map.of("answer", 3, "count", 1, "share", 1.0));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) api.get(base() + "/events?size=500")
                .at("items");
        List<Map<String, Object>> completed = events.stream()
                .filter(e -> e.get("type").equals("org.openiro.audit.completed")).toList();
        assertThat(completed).hasSize(2);
        assertThat(completed.get(0).get("topic")).isEqualTo("iro.quality");
        assertThat(completed.get(0).get("key")).isEqualTo(authority + ":" + firstChild);
        assertThat(completed.get(0).get("data")).isEqualTo(Map.of("authority", authority, "childId", firstChild,
                "auditId", id, "kind", "dip-sample", "auditor", "iro-b", "completedOn",
                java.time.LocalDate.now().toString(), "answers", Map.of("plan-clear", "no", "quality", 3)));
    }

    /**
     * Three children of iro-a, as things stood on 15 December 2023. F1: reviews on 1 February, 1 May and 2 October;
     * a midway review found drift on 20 July and an alert followed on 25 July; the last review's record came in time
     * (10 October, due 30 October), its letter late (1 December), its QA form in time (5 October); moved to an
     * unregulated (H5) placement on 1 November and visited on 8 November, within the policy's 10 working days.
     * F2: reviews on 20 March and 19 June with no midway review between, nothing recorded after the second, no QA
     * form. F3: in care since 1 December in an H5 placement, not yet visited (due 15 December, the audit's day), a
     * midway review on 10 December found drift and no alert was raised.
     */
    @Test
    void a_footprint_audit_checks_what_the_service_holds_of_each_child() {
        inCare("F1", "2012-06-01", "2023-01-09", "iro-a");
        for (String held : List.of("2023-02-01", "2023-05-01")) {
            api.post(child("F1") + "/reviews", ReviewCycleTest.review(held).replace("2023-05-20", "2023-01-20"));
        }
        api.post(child("F1") + "/midway-reviews", """
                {"date": "2023-07-20", "withChild": true, "driftIdentified": true}""");
        api.post(child("F1") + "/alerts", """
                {"raisedOn": "2023-07-25", "reasons": ["plan-not-implemented"], "stage": "informal",
                 "raisedWith": {"id": "sw-1", "role": "social-worker"}, "description": "Drift."}""");
        Api.Reply last = api.post(child("F1") + "/reviews", ReviewCycleTest.review("2023-10-02")
                .replace("2023-05-20", "2023-09-27").replace("}]", "}], \"recordCompletedOn\": \"2023-10-10\", "
                        + "\"letterSentOn\": \"2023-12-01\""));
        assertThat(last.status()).as(last.toString()).isEqualTo(201);
        api.post(child("F1") + "/reviews/" + last.at("id") + "/qa",
                "{\"answers\": {\"care-plan-up-to-date\": \"yes\"}, \"completedOn\": \"2023-10-05\"}");
        api.post(child("F1") + "/placements", "{\"startDate\": \"2023-11-01\", \"type\": \"H5\"}");
        api.post(child("F1") + "/iro-visits", "{\"date\": \"2023-11-08\", \"kind\": \"visit\"}");

        inCare("F2", "2012-06-01", "2023-03-01", "iro-a");
        api.post(child("F2") + "/reviews", ReviewCycleTest.review("2023-03-20").replace("2023-05-20", "2023-03-15"));
        api.post(child("F2") + "/reviews", ReviewCycleTest.review("2023-06-19").replace("2023-05-20", "2023-06-14"));

        api.child(authority, "F3", "2012-06-01");
        api.post(child("F3") + "/episodes", """
                {"startDate": "2023-12-01", "legalStatus": "C1", "placement": {"type": "H5"}}""");
        api.put(child("F3") + "/iro", "{\"iroId\": \"iro-a\", \"from\": \"2023-12-01\"}");
        api.post(child("F3") + "/midway-reviews", """
                {"date": "2023-12-10", "withChild": false, "driftIdentified": true}""");

        inCare("NOT-MINE", "2012-06-01", "2023-01-09", "iro-b");

        Api.Reply audit = api.post(base() + "/audits", """
                {"kind": "footprint", "title": "Peer audit: iro-a", "on": "2023-12-15",
                 "cohort": {"iroId": "iro-a"}, "sampleSize": 10, "seed": 5, "auditors": ["iro-b", "iro-c"]}""");

        assertThat(audit.status()).as(audit.toString()).isEqualTo(201);
        assertThat(audit.at("kind")).isEqualTo("footprint");
        assertThat(sampled(audit)).containsExactlyInAnyOrder("F1", "F2", "F3");
        assertThat(auditors(audit)).doesNotContain("iro-a");
        @SuppressWarnings("unchecked")
        Map<String, Object> checks = ((List<Map<String, Object>>) audit.at("children")).stream()
                .collect(java.util.stream.Collectors.toMap(c -> (String) c.get("childId"), c -> c.get("checks")));
        assertThat(checks.get("F1")).isEqualTo(Map.of("midway-review", "met", "iro-visit", "met",
                "record-on-time", "met", "letter-on-time", "not-met", "drift-alert", "met", "qa-form", "met"));
        assertThat(checks.get("F2")).isEqualTo(Map.of("midway-review", "not-met", "iro-visit", "not-applicable",
                "record-on-time", "not-met", "letter-on-time", "not-met", "drift-alert", "not-applicable",
                "qa-form", "not-met"));
        assertThat(checks.get("F3")).isEqualTo(Map.of("midway-review", "not-applicable", "iro-visit", "pending",
                "record-on-time", "not-applicable", "letter-on-time", "not-applicable", "drift-alert", "not-met",
                "qa-form", "not-applicable"));
        assertThat(audit.at("checks.0")).isEqualTo(Map.of("check", "midway-review", "met", 1, "notMet", 1,
                "pending", 0, "notApplicable", 1));
        assertThat(audit.at("questions.0.id")).as("the peer's own questions").isEqualTo("oversight-visible");
        assertThat(api.get(base() + "/audits/" + audit.at("id")).at("children")).isEqualTo(audit.at("children"));
    }
}
