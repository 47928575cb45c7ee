package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.TestServices;
import org.openiro.app.support.TopicReader;
import org.openiro.escalation.port.in.ScanAlertsUseCase;

/** An alert's life through the API, and what the rest of the authority hears of it on Kafka. */
@MicronautTest(environments = {"pg", "kafka"}, transactional = false)
class AlertsTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ScanAlertsUseCase alerts;

    private Api api;
    private final String authority = TestAuthorities.fresh("alerts");

    /** County A's policy: among other things, drift at a midway review opens an alert. */
    private static final String COUNTY_A = "{\"preset\": \"county-a\"}";

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        api.authority(authority);
        api.put("/api/authorities/" + authority + "/iros/iro-1", "{\"name\": \"Ira\", \"email\": \"ira@example.org\","
                + " \"fte\": 1.0, \"employment\": \"permanent\", \"from\": \"2020-01-01\"}");
        api.child(authority, "C1", "2012-01-01");
        api.episode(authority, "C1", "2024-01-08");
        api.put(child() + "/social-worker", """
                {"id": "sw-1", "name": "Sam Worker", "email": "sam@example.org", "team": "CiC 1",
                 "teamManager": {"id": "tm-1", "name": "Tia Manager", "email": "tia@example.org"}}""");
        api.put(child() + "/iro", "{\"iroId\": \"iro-1\", \"from\": \"2024-01-08\"}");
    }

    private String child() {
        return "/api/authorities/" + authority + "/children/C1";
    }

    /** Another authority, on the policy given, with one child in care since 8 January 2024 and nobody on record. */
    private String authorityWithChild(String policy, String childId) {
        String other = TestAuthorities.fresh("other");
        Api.Reply set = api.put("/api/authorities/" + other, "{\"name\": \"Other\", \"policy\": " + policy + "}");
        assertThat(set.status()).as(set.toString()).isEqualTo(201);
        api.child(other, childId, "2012-01-01");
        api.episode(other, childId, "2024-01-08");
        return other;
    }

    private String alerts() {
        return "/api/authorities/" + authority + "/alerts";
    }

    private Api.Reply raiseInformal(String on) {
        return api.post(child() + "/alerts", """
                {"raisedOn": "%s", "reasons": ["report-late", "plan-not-implemented"], "stage": "informal",
                 "description": "The assessment is late", "outcomeSought": "Assessment by the end of the month"}"""
                .formatted(on));
    }

    @Test
    void a_scripted_lifecycle_is_heard_in_order_with_its_recipients() throws Exception {
        Api.Reply raised = raiseInformal("2024-03-01");
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        assertThat(raised.at("stage")).isEqualTo("informal");
        assertThat(raised.at("dueBy")).isEqualTo("2024-03-08");
        assertThat(raised.at("stages.0.raisedWith.id")).as("the child's social worker, by the stage's role")
                .isEqualTo("sw-1");
        String id = (String) raised.at("id");

        Api.Reply late = api.post(alerts() + "/" + id + "/responses", """
                {"respondedOn": "2024-03-13", "by": {"id": "sw-1", "name": "Sam", "role": "social-worker"},
                 "text": "Booked for next week"}""");
        assertThat(late.status()).as(late.toString()).isEqualTo(201);
        assertThat(late.at("status")).isEqualTo("responded");
        assertThat(late.at("stages.0.response.inTimescale")).isEqualTo(false);
        Api.Reply escalated = api.post(alerts() + "/" + id + "/escalations", """
                {"stage": "stage-1", "on": "2024-03-14", "reason": "Still not done",
                 "raisedWith": {"id": "tm-1", "name": "Tia", "role": "team-manager", "email": "tia@example.org"}}""");
        assertThat(escalated.at("stage")).isEqualTo("stage-1");
        assertThat(escalated.at("status")).isEqualTo("open");
        Api.Reply resolved = api.post(alerts() + "/" + id + "/resolution", """
                {"resolvedOn": "2024-03-20", "outcome": "Assessment completed", "impact": ["assessment-completed"],
                 "impactText": "Plan progressed"}""");
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.at("status")).isEqualTo("resolved");
        assertThat(api.post(alerts() + "/" + id + "/withdrawal", "{}").status()).as("closed").isEqualTo(409);

        try (TopicReader reader = new TopicReader(TestServices.KAFKA, "iro.alerts")) {
            List<ConsumerRecord<String, CloudEvent>> events = reader.await(
                    r -> r.key().equals(authority + ":C1"), 4, Duration.ofSeconds(30));
            assertThat(events).extracting(r -> r.value().getType()).containsExactly("org.openiro.alert.raised",
                    "org.openiro.alert.responded", "org.openiro.alert.escalated", "org.openiro.alert.resolved");
            Map<String, Object> data = dataOf(events.get(2));
            assertThat(data).containsEntry("alertId", id).containsEntry("stage", "stage-1")
                    .containsEntry("dueBy", "2024-03-21");
            @SuppressWarnings("unchecked")
            Map<String, Object> with = (Map<String, Object>) data.get("raisedWith");
            assertThat(with).containsEntry("id", "tm-1").containsEntry("role", "team-manager");
        }
        try (TopicReader reader = new TopicReader(TestServices.KAFKA, "iro.notifications")) {
            String link = alerts() + "/" + id;
            String sam = "sw-1 social-worker sam@example.org ";
            String tia = "tm-1 team-manager tia@example.org ";
            String ira = "iro-1 iro ira@example.org ";
            assertThat(notifications(reader, "sw-1", 4)).as("the social worker hears of every change")
                    .containsExactly(sam + "org.openiro.alert.raised " + link,
                            sam + "org.openiro.alert.responded " + link,
                            sam + "org.openiro.alert.escalated " + link,
                            sam + "org.openiro.alert.resolved " + link);
            assertThat(notifications(reader, "tm-1", 2)).as("the team manager, once it is raised with them")
                    .containsExactly(tia + "org.openiro.alert.escalated " + link,
                            tia + "org.openiro.alert.resolved " + link);
            assertThat(notifications(reader, "iro-1", 4)).as("the child's IRO")
                    .containsExactly(ira + "org.openiro.alert.raised " + link,
                            ira + "org.openiro.alert.responded " + link,
                            ira + "org.openiro.alert.escalated " + link,
                            ira + "org.openiro.alert.resolved " + link);
            assertThat(reader.settle(r -> r.key().startsWith(authority + ":"), Duration.ofSeconds(1)))
                    .as("nobody else, and nobody twice").hasSize(10);
        }
        Api.Reply other = raiseInformal("2024-03-02");
        assertThat(other.header("ETag")).isEqualTo("\"" + other.at("version") + "\"");
        assertThat(api.sendWithHeader("POST", alerts() + "/" + other.at("id") + "/resolution",
                "{\"outcome\": \"done\"}", "If-Match", "\"99\"").status()).as("a stale version").isEqualTo(412);
        assertThat(api.get(alerts() + "/" + other.at("id")).at("status")).isEqualTo("open");
    }

    /** Each notification to one recipient, in order, as "id role email reason link". */
    private List<String> notifications(TopicReader reader, String recipientId, int expected) {
        return reader.await(r -> r.key().equals(authority + ":" + recipientId), expected, Duration.ofSeconds(30))
                .stream().map(r -> {
                    Map<String, Object> data = dataOf(r);
                    Map<?, ?> to = (Map<?, ?>) data.get("recipient");
                    return to.get("id") + " " + to.get("role") + " " + to.get("email") + " " + data.get("reason")
                            + " " + data.get("link");
                }).toList();
    }

    private Map<String, Object> dataOf(ConsumerRecord<String, CloudEvent> record) {
        try {
            return json.readValue(new String(record.value().getData().toBytes(), StandardCharsets.UTF_8),
                    Argument.mapOf(String.class, Object.class));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Both changes are made against the version the client read (If-Match), released together from a barrier, a few
     * times over: a response and then an escalation, one after the other, would both be allowed, so only changes
     * that meet on one version prove that one wins and the other changes nothing.
     */
    @Test
    void of_a_response_and_an_escalation_at_once_one_wins_and_the_other_changes_nothing() throws Exception {
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                Api.Reply raised = raiseInformal("2024-03-01");
                String id = (String) raised.at("id");
                String version = raised.header("ETag");
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                java.util.concurrent.Future<Api.Reply> respond = two.submit(() -> {
                    together.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    return api.sendWithHeader("POST", alerts() + "/" + id + "/responses", "{\"respondedOn\": "
                            + "\"2024-03-05\", \"by\": {\"id\": \"sw-1\", \"role\": \"social-worker\"}}", "If-Match", version);
                });
                java.util.concurrent.Future<Api.Reply> escalate = two.submit(() -> {
                    together.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    return api.sendWithHeader("POST", alerts() + "/" + id + "/escalations", "{\"stage\": \"stage-1\", "
                            + "\"on\": \"2024-03-05\", \"raisedWith\": {\"id\": \"tm-1\", \"role\": \"team-manager\"}}",
                            "If-Match", version);
                });
                int responded = respond.get(60, java.util.concurrent.TimeUnit.SECONDS).status();
                int escalated = escalate.get(60, java.util.concurrent.TimeUnit.SECONDS).status();

                assertThat(List.of(responded, escalated)).as("round " + round).containsOnlyOnce(201)
                        .anyMatch(s -> s == 409 || s == 412);
                Api.Reply stored = api.get(alerts() + "/" + id);
                assertThat(stored.at("version")).as("one change stored").isEqualTo(((Number) raised.at("version"))
                        .intValue() + 1);
                if (responded == 201) {
                    assertThat(stored.at("status")).isEqualTo("responded");
                    assertThat((List<?>) stored.map().get("stages")).as("not escalated").hasSize(1);
                } else {
                    assertThat(stored.at("stage")).isEqualTo("stage-1");
                    assertThat(stored.at("stages.0.response")).as("no response stored").isNull();
                    assertThat(stored.at("status")).isEqualTo("open");
                }
            }
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void the_scan_tells_of_a_late_response_once_a_stage_even_with_two_instances_scanning_at_once() throws Exception {
        String id = (String) raiseInformal("2024-03-01").at("id");

        try (io.micronaut.context.ApplicationContext other = io.micronaut.context.ApplicationContext.run(
                TestServices.postgres(TestServices.POSTGRES_URL), "test")) {
            ScanAlertsUseCase otherInstance = other.getBean(ScanAlertsUseCase.class);
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> scanTogether(alerts, together));
            CompletableFuture<Integer> second = CompletableFuture.supplyAsync(
                    () -> scanTogether(otherInstance, together));
            first.get();
            second.get();
            otherInstance.scan();
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) api.get("/api/authorities/" + authority
                + "/events?size=500").map().get("items");
        assertThat(events.stream().filter(e -> e.get("type").equals("org.openiro.alert.response-overdue"))
                .filter(e -> ((Map<?, ?>) e.get("data")).get("alertId").equals(id)).count()).isEqualTo(1);
        assertThat(events.stream().filter(e -> e.get("type").equals("org.openiro.notification"))
                .map(e -> (Map<?, ?>) e.get("data"))
                .filter(data -> data.get("reason").equals("org.openiro.alert.response-overdue"))
                .map(data -> (Object) ((Map<?, ?>) data.get("recipient")).get("id")))
                .as("the social worker it is raised with, the IRO, and the team manager of the next stage, once each")
                .containsExactlyInAnyOrder((Object) "sw-1", "iro-1", "tm-1");
    }

    @Test
    void a_late_response_at_the_team_managers_stage_goes_to_whoever_is_service_manager() {
        String id = (String) raiseInformal("2024-03-01").at("id");
        assertThat(api.post(alerts() + "/" + id + "/escalations", """
                {"stage": "stage-1", "on": "2024-03-11", "reason": "No answer",
                 "raisedWith": {"id": "tm-1", "name": "Tia Manager", "role": "team-manager"}}""").status())
                .isEqualTo(201);

        alerts.scan();

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) api.get("/api/authorities/" + authority
                + "/events?size=500").map().get("items");
        assertThat(events.stream().filter(e -> e.get("type").equals("org.openiro.notification"))
                .map(e -> (Map<?, ?>) e.get("data"))
                .filter(data -> data.get("reason").equals("org.openiro.alert.response-overdue"))
                .map(data -> (Map<?, ?>) data.get("recipient"))
                .filter(recipient -> "service-manager".equals(recipient.get("role"))))
                .as("no service manager is on record, so the role is told")
                .singleElement().satisfies(r -> assertThat(r.get("id")).isEqualTo("role:service-manager"));
    }

    private static int scanTogether(ScanAlertsUseCase instance, java.util.concurrent.CyclicBarrier together) {
        try {
            together.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return instance.scan();
    }

    @Test
    void bad_alerts_are_refused_naming_the_field() {
        assertThat(api.post(child() + "/alerts", "{\"reasons\": [\"because\"], \"stage\": \"informal\", "
                + "\"description\": \"x\"}").errorFields()).containsExactly("reasons");
        assertThat(api.post(child() + "/alerts", "{\"reasons\": [\"other\"], \"stage\": \"stage-9\", "
                + "\"description\": \"x\"}").errorFields()).containsExactly("stage");
        assertThat(api.post(child() + "/alerts", "{\"reasons\": [\"other\"], \"stage\": \"stage-2\", "
                + "\"description\": \"x\"}").errorFields()).as("no service manager on record").containsExactly("raisedWith");
        assertThat(api.post(child() + "/alerts", "{\"reasons\": [\"other\"], \"stage\": \"stage-1\", "
                + "\"description\": \"x\", \"partnerAgency\": \"health\"}").errorFields()).containsExactly("theme");
        Api.Reply partner = api.post(child() + "/alerts", """
                {"reasons": ["health-or-pep-late"], "stage": "stage-1", "description": "No health assessment",
                 "partnerAgency": "health", "theme": "health-assessment",
                 "raisedWith": {"id": "nhs-1", "name": "Designated nurse", "role": "partner-agency"}}""");
        assertThat(partner.status()).as(partner.toString()).isEqualTo(201);
        assertThat(api.get(alerts() + "?child=C1").at("totalItems")).isEqualTo(1);
        assertThat(api.post(child() + "/good-practice", "{\"on\": \"2024-03-01\", \"socialWorkerId\": \"sw-1\", "
                + "\"text\": \"Thorough, child-centred assessment\"}").status()).isEqualTo(201);
    }

    @Test
    void an_alert_shows_its_age_against_the_limit_and_when_the_clock_started() {
        String raisedOn = java.time.LocalDate.now().minusMonths(3).toString();
        Api.Reply informal = raiseInformal(raisedOn);
        assertThat(informal.at("limitWorkingDays")).isEqualTo(20);
        assertThat(informal.at("clockStartedOn")).as("the clock starts at the first formal stage").isNull();
        assertThat(informal.at("overTimescale")).isEqualTo(false);
        assertThat((Integer) informal.at("ageWorkingDays")).isGreaterThan(20);

        String escalatedOn = java.time.LocalDate.now().minusMonths(2).toString();
        Api.Reply formal = api.post(alerts() + "/" + informal.at("id") + "/escalations", """
                {"stage": "stage-1", "on": "%s", "raisedWith": {"id": "tm-1", "role": "team-manager"}}"""
                .formatted(escalatedOn));
        assertThat(formal.at("clockStartedOn")).isEqualTo(escalatedOn);
        assertThat(formal.at("overTimescale")).isEqualTo(true);

        // Borough B starts the clock at the first raising, informal included.
        String borough = authorityWithChild("{\"preset\": \"statutory\", \"escalationClockStarts\": \"first-raised\", "
                + "\"escalationLimitWorkingDays\": 25}", "B1");
        Api.Reply fromFirst = api.post("/api/authorities/" + borough + "/children/B1/alerts", """
                {"raisedOn": "%s", "reasons": ["report-late"], "stage": "informal", "description": "Late",
                 "raisedWith": {"id": "sw-2", "role": "social-worker"}}""".formatted(raisedOn));
        assertThat(fromFirst.status()).as(fromFirst.toString()).isEqualTo(201);
        assertThat(fromFirst.at("clockStartedOn")).isEqualTo(raisedOn);
        assertThat(fromFirst.at("limitWorkingDays")).isEqualTo(25);
        assertThat(fromFirst.at("overTimescale")).as("informal, but the clock ran from the first raising")
                .isEqualTo(true);
    }

    @Test
    void a_stage_past_its_due_date_without_a_response_is_overdue() {
        Api.Reply unanswered = raiseInformal("2024-03-01");
        assertThat(unanswered.at("stages.0.overdue")).isEqualTo(true);

        Api.Reply answered = api.post(alerts() + "/" + unanswered.at("id") + "/responses", """
                {"respondedOn": "2024-03-13", "by": {"id": "sw-1", "role": "social-worker"}}""");
        assertThat(answered.at("stages.0.overdue")).as("answered late: out of timescale, no longer awaited")
                .isEqualTo(false);
        assertThat(answered.at("stages.0.response.inTimescale")).isEqualTo(false);

        Api.Reply today = raiseInformal(java.time.LocalDate.now().toString());
        assertThat(today.at("stages.0.overdue")).isEqualTo(false);
        Api.Reply escalatedInTime = api.post(alerts() + "/" + raiseInformal("2024-03-01").at("id") + "/escalations",
                "{\"stage\": \"stage-1\", \"on\": \"2024-03-05\", \"raisedWith\": {\"id\": \"tm-1\", \"role\": \"team-manager\"}}");
        assertThat(escalatedInTime.at("stages.0.overdue")).as("escalated before its due date").isEqualTo(false);
        assertThat(escalatedInTime.at("stages.1.overdue")).isEqualTo(true);
    }

    @Test
    void an_authority_may_write_its_own_ladder_stage_by_stage() {
        String custom = authorityWithChild("""
                {"preset": "statutory", "escalationLadder": [
                  {"id": "informal", "respondentRole": "team-manager", "workingDays": 3},
                  {"id": "stage-1", "respondentRole": "director", "workingDays": 7}]}""", "K1");
        assertThat(api.get("/api/authorities/" + custom).at("policy.escalationLadder.1.respondentRole"))
                .isEqualTo("director");
        api.put("/api/authorities/" + custom + "/children/K1/social-worker", """
                {"id": "sw-5", "name": "Sam", "email": "sam@example.org",
                 "teamManager": {"id": "tm-5", "name": "Tia", "email": "tia@example.org"}}""");

        Api.Reply raised = api.post("/api/authorities/" + custom + "/children/K1/alerts", """
                {"raisedOn": "2024-03-01", "reasons": ["other"], "stage": "informal", "description": "Drift"}""");
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        assertThat(raised.at("ladder")).isEqualTo("custom");
        assertThat(raised.at("stages.0.raisedWith.id")).as("the team manager, by the custom stage's role")
                .isEqualTo("tm-5");
        assertThat(raised.at("dueBy")).as("3 working days after Friday 1 March").isEqualTo("2024-03-06");
        String id = (String) raised.at("id");
        Api.Reply top = api.post("/api/authorities/" + custom + "/alerts/" + id + "/escalations", """
                {"stage": "stage-1", "on": "2024-03-08", "raisedWith": {"id": "d-1", "role": "director"}}""");
        assertThat(top.at("dueBy")).isEqualTo("2024-03-19");
        assertThat(api.post("/api/authorities/" + custom + "/alerts/" + id + "/escalations", """
                {"stage": "stage-2", "on": "2024-03-20", "raisedWith": {"id": "x", "role": "director"}}""")
                .errorFields()).as("no stage-2 on this ladder").containsExactly("stage");
        assertThat(api.put("/api/authorities/" + custom, """
                {"name": "Custom", "policy": {"escalationLadder": [
                  {"id": "stage-2", "respondentRole": "director", "workingDays": 7}]}}""").errorFields())
                .containsExactly("policy.escalationLadder");
    }

    @Test
    void an_alert_keeps_the_ladder_it_started_on_when_the_authority_changes_its_own() {
        String id = (String) raiseInformal("2024-03-01").at("id");

        Api.Reply changed = api.put("/api/authorities/" + authority, "{\"name\": \"Test Borough\", "
                + "\"policy\": {\"preset\": \"statutory\", \"escalationPreset\": \"informal-first\"}}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

        Api.Reply old = api.post(alerts() + "/" + id + "/escalations", """
                {"stage": "stage-1", "on": "2024-03-08", "raisedWith": {"id": "tm-1", "role": "team-manager"}}""");
        assertThat(old.at("ladder")).isEqualTo("statutory");
        assertThat(old.at("dueBy")).as("the statutory stage-1's 5 working days, not informal-first's 10")
                .isEqualTo("2024-03-15");
        assertThat(api.post(alerts() + "/" + id + "/escalations", """
                {"stage": "stage-2", "on": "2024-03-18", "raisedWith": {"id": "sm-1", "role": "service-manager"}}""")
                .at("stage")).as("a stage informal-first does not have").isEqualTo("stage-2");

        Api.Reply fresh = raiseInformal("2024-03-01");
        assertThat(fresh.at("ladder")).isEqualTo("informal-first");
        assertThat(fresh.at("stages.0.raisedWith.id")).as("informal-first raises informally with the team manager")
                .isEqualTo("tm-1");
        assertThat(api.post(alerts() + "/" + fresh.at("id") + "/escalations", """
                {"stage": "stage-1", "on": "2024-03-08", "raisedWith": {"id": "sm-1", "role": "service-manager"}}""")
                .at("dueBy")).isEqualTo("2024-03-22");
    }

    @Test
    void drift_for_a_child_with_nobody_on_record_keeps_the_midway_review_and_opens_no_alert() {
        String county = authorityWithChild(COUNTY_A, "N1");

        Api.Reply midway = api.post("/api/authorities/" + county + "/children/N1/midway-reviews",
                "{\"date\": \"2024-04-01\", \"withChild\": true, \"driftIdentified\": true, \"notes\": \"drifting\"}");

        assertThat(midway.status()).as(midway.toString()).isEqualTo(201);
        assertThat(api.get("/api/authorities/" + county + "/children/N1/midway-reviews").body())
                .as("the midway review is stored").contains("drifting").contains("2024-04-01");
        assertThat(api.get("/api/authorities/" + county + "/alerts?child=N1").at("totalItems"))
                .as("no social worker on record to raise it with").isEqualTo(0);
    }

    @Test
    void where_the_policy_says_so_drift_at_a_midway_review_opens_an_informal_alert() {
        String county = authorityWithChild(COUNTY_A, "D1");
        api.put("/api/authorities/" + county + "/children/D1/social-worker",
                "{\"id\": \"sw-9\", \"name\": \"Sam\", \"email\": \"sam@example.org\"}");

        api.post("/api/authorities/" + county + "/children/D1/midway-reviews",
                "{\"date\": \"2024-04-01\", \"withChild\": true, \"driftIdentified\": true}");
        api.post(child() + "/midway-reviews", "{\"date\": \"2024-04-01\", \"withChild\": true, "
                + "\"driftIdentified\": true}");

        Api.Reply opened = api.get("/api/authorities/" + county + "/alerts?child=D1");
        assertThat(opened.at("totalItems")).isEqualTo(1);
        assertThat(opened.at("items.0.stage")).isEqualTo("informal");
        assertThat(opened.at("items.0.stages.0.raisedWith.id")).isEqualTo("sw-9");
        assertThat(api.get(alerts() + "?child=C1").at("totalItems")).as("the statutory policy opens none")
                .isEqualTo(0);
    }
}
