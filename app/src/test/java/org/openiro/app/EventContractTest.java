package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.JsonSchemas;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.TestServices;
import org.openiro.app.support.TopicReader;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.escalation.port.in.ScanAlertsUseCase;
import org.openiro.events.port.out.OutboxBacklog;
import org.openiro.reviews.port.in.ScanReviewsUseCase;
import org.openiro.shared.UnitOfWork;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every event on every topic is one the AsyncAPI document describes: its topic a channel, its type a message of that
 * channel, its headers, key and data valid for the message's schemas. It runs last and reads the topics from their
 * beginning, so it checks every event the whole suite published, and it first makes one of every type itself, so
 * that it checks them all even when run alone. A new event type without a message in docs/asyncapi.yml fails here.
 */
@MicronautTest(environments = {"pg", "kafka"}, transactional = false)
@Order(Integer.MAX_VALUE)
class EventContractTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ScanReviewsUseCase reviewScan;
    @Inject
    ScanAlertsUseCase alerts;
    @Inject
    WorkingDayCalendar calendar;
    @Inject
    OutboxBacklog backlog;
    @Inject
    UnitOfWork unitOfWork;

    @Test
    @SuppressWarnings("unchecked")
    void every_event_published_is_described_by_the_asyncapi_document() throws Exception {
        Api api = new Api(server.getURL(), json);
        String authority = TestAuthorities.fresh("events");
        oneOfEveryKind(api, authority);
        awaitEmptyOutbox();

        Api.Reply served = api.as(null).get("/asyncapi.yml");
        assertThat(served.status()).isEqualTo(200);
        Map<String, Object> document = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(served.body());
        JsonSchemas schemas = new JsonSchemas(document, json);
        Map<String, Object> components = (Map<String, Object>) document.get("components");
        Map<String, Map<String, Object>> messages = (Map<String, Map<String, Object>>) components.get("messages");
        Map<String, Object> channels = (Map<String, Object>) document.get("channels");

        List<String> problems = new ArrayList<>();
        Set<String> seenHere = new TreeSet<>();
        int checked = 0;
        for (Object c : channels.values()) {
            Map<String, Object> channel = (Map<String, Object>) c;
            String topic = (String) channel.get("address");
            Set<String> ofChannel = ((Map<String, Object>) channel.get("messages")).keySet();
            try (TopicReader reader = new TopicReader(TestServices.KAFKA, topic)) {
                for (ConsumerRecord<String, CloudEvent> record : reader.readToEnd(Duration.ofSeconds(60))) {
                    checked++;
                    String type = record.value().getType();
                    String where = topic + " " + type + " " + record.key() + ": ";
                    String message = messages.entrySet().stream()
                            .filter(m -> type.equals(m.getValue().get("name"))).map(Map.Entry::getKey)
                            .findFirst().orElse(null);
                    if (message == null || !ofChannel.contains(message)) {
                        problems.add(where + "no message of channel " + topic + " has this type");
                        continue;
                    }
                    if (record.key().startsWith(authority + ":")) {
                        seenHere.add(message);
                    }
                    Map<String, Object> described = messages.get(message);
                    String data = new String(record.value().getData().toBytes(), StandardCharsets.UTF_8);
                    schemas.problems((Map<String, Object>) described.get("payload"), data)
                            .forEach(p -> problems.add(where + "data " + p + " in " + data));
                    schemas.problems((Map<String, Object>) described.get("headers"), headers(record))
                            .forEach(p -> problems.add(where + "headers " + p));
                    Map<String, Object> key = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                            described.get("bindings")).get("kafka")).get("key");
                    schemas.problems(key, json.writeValueAsString(record.key()))
                            .forEach(p -> problems.add(where + "key " + p));
                }
            }
        }

        assertThat(problems).as(checked + " events checked").isEmpty();
        assertThat(seenHere).as("one of every type the document describes, made by this test")
                .containsAll(messages.keySet());
        List<String> addresses = channels.values().stream()
                .map(c -> (String) ((Map<String, Object>) c).get("address")).toList();
        assertThat(addresses).contains("iro.reviews", "iro.alerts", "iro.notifications", "iro.quality");
        assertThat(TopicReader.topics(TestServices.KAFKA).stream().filter(t -> t.startsWith("iro.")))
                .as("every topic the service publishes to is a channel of the document").isSubsetOf(addresses);
    }

    /** The CloudEvents headers as a JSON object of strings, as a consumer reads them off the record. */
    private String headers(ConsumerRecord<String, CloudEvent> record) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return json.writeValueAsString(headers);
    }

    private void awaitEmptyOutbox() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (unitOfWork.inTransaction(() -> backlog.backlog()).waiting() > 0) {
            assertThat(Instant.now()).as("the relay published the outbox").isBefore(deadline);
            Thread.sleep(100);
        }
    }

    /**
     * Every type of event: the review cycle, a booking rearranged and adjourned, alerts up and down, a QA form and
     * audit findings, the scan's.
     */
    private void oneOfEveryKind(Api api, String authority) {
        String base = "/api/authorities/" + authority;
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        api.authority(authority);
        api.put(base + "/iros/iro-1", "{\"name\": \"Ira\", \"email\": \"ira@example.org\", \"fte\": 1.0, "
                + "\"employment\": \"permanent\", \"from\": \"2020-01-01\"}");
        // Held 30 working days ago with its report late and nothing after: report-overdue and deadline-missed.
        api.child(authority, "HELD", "2012-01-01");
        api.episode(authority, "HELD", "2024-01-02");
        api.put(base + "/children/HELD/social-worker", """
                {"id": "sw-1", "name": "Sam Worker", "email": "sam@example.org", "team": "CiC 1",
                 "teamManager": {"id": "tm-1", "name": "Tia Manager", "email": "tia@example.org"}}""");
        api.put(base + "/children/HELD/iro", "{\"iroId\": \"iro-1\", \"from\": \"2024-01-02\"}");
        String booking = (String) api.post(base + "/children/HELD/reviews/bookings",
                "{\"date\": \"" + calendar.workingDaysBefore(today, 32) + "\"}").at("id");
        expect(api.post(base + "/children/HELD/reviews/bookings/" + booking + "/rearrangements", """
                {"newDate": "%s", "reason": "iro-availability"}""".formatted(calendar.workingDaysBefore(today, 30))),
                201);
        String adjourned = (String) api.post(base + "/children/HELD/reviews/bookings",
                "{\"date\": \"" + calendar.workingDaysBefore(today, 40) + "\"}").at("id");
        expect(api.post(base + "/children/HELD/reviews/bookings/" + adjourned + "/adjournments", """
                {"date": "%s", "reason": "report-not-shared", "reconveneOn": "%s"}"""
                .formatted(calendar.workingDaysBefore(today, 40), calendar.workingDaysBefore(today, 35))), 201);
        Api.Reply held = api.post(base + "/children/HELD/reviews", """
                {"meetingDates": ["%s"], "bookingId": "%s", "participation": {"code": "PN7"},
                 "socialWorkReportReceivedOn": "%s"}""".formatted(calendar.workingDaysBefore(today, 30), booking,
                calendar.workingDaysBefore(today, 30)));
        expect(held, 201);
        // Overdue: in care since 2024 with no review. Due soon: care started 12 working days ago.
        api.child(authority, "LATE", "2012-01-01");
        api.episode(authority, "LATE", "2024-01-02");
        api.child(authority, "SOON", "2012-01-01");
        api.episode(authority, "SOON", calendar.workingDaysBefore(today, 12).toString());

        String raisedOn = today.minusMonths(3).toString();
        String answered = raise(api, base, raisedOn, "informal");
        expect(api.post(base + "/alerts/" + answered + "/responses", """
                {"respondedOn": "%s", "by": {"id": "sw-1", "role": "social-worker"}, "text": "On it"}"""
                .formatted(raisedOn)), 201);
        expect(api.post(base + "/alerts/" + answered + "/escalations", """
                {"stage": "stage-1", "on": "%s", "raisedWith": {"id": "tm-1", "role": "team-manager"}}"""
                .formatted(raisedOn)), 201);
        expect(api.post(base + "/alerts/" + answered + "/resolution",
                "{\"resolvedOn\": \"" + today + "\", \"outcome\": \"Plan agreed\"}"), 200);
        expect(api.post(base + "/alerts/" + raise(api, base, raisedOn, "informal") + "/withdrawal",
                "{\"on\": \"" + today + "\"}"), 201);
        // Unanswered at a formal stage for three months: response-overdue and over-timescale from the scan.
        raise(api, base, raisedOn, "stage-1");

        // Quality assurance: the held review's QA form (a yes-no and a rating answer), and findings on HELD, iro-1's
        // one child, in a dip sample (no checks) and in a footprint audit (every check), audited by iro-2.
        api.put(base + "/iros/iro-2", "{\"name\": \"Ivo\", \"fte\": 1.0, \"employment\": \"permanent\", "
                + "\"from\": \"2020-01-01\"}");
        expect(api.post(base + "/children/HELD/reviews/" + held.at("id") + "/qa", """
                {"answers": {"care-plan-up-to-date": "no", "social-work-report-quality": 2}, "notes": "Plan late"}"""),
                201);
        Map<String, String> findings = Map.of("dip-sample", "{\"care-plan-up-to-date\": \"not-applicable\"}",
                "footprint", "{\"oversight-visible\": 3, \"views-reflected\": \"yes\"}");
        findings.forEach((kind, answers) -> {
            Api.Reply audit = api.post(base + "/audits", """
                    {"kind": "%s", "title": "Contract", "cohort": {"iroId": "iro-1"}, "sampleSize": 1,
                     "auditors": ["iro-2"]}""".formatted(kind));
            expect(audit, 201);
            expect(api.post(base + "/audits/" + audit.at("id") + "/children/" + audit.at("children.0.childId")
                    + "/findings", "{\"answers\": " + answers + ", \"notes\": \"Seen\"}"), 201);
        });

        reviewScan.scan();
        alerts.scan();
    }

    private static String raise(Api api, String base, String raisedOn, String stage) {
        Api.Reply raised = api.post(base + "/children/HELD/alerts", """
                {"raisedOn": "%s", "reasons": ["plan-not-implemented"], "stage": "%s", "description": "Drift"}"""
                .formatted(raisedOn, stage));
        expect(raised, 201);
        return (String) raised.at("id");
    }

    private static void expect(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    }
}
