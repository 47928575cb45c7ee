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
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.TestServices;
import org.openiro.app.support.TopicReader;

/**
 * What leaves the service on Kafka carries identifiers, dates and codes: never a child's name, date of birth or free
 * text (events.md). Checked on everything the topics hold, whichever test put it there.
 */
@MicronautTest(environments = {"pg", "kafka"}, transactional = false)
class EventPrivacyTest {

    /** Every key any event's data may carry (events.md, "Envelope"). */
    private static final Set<String> ALLOWED = Set.of("authority", "childId", "dueDate", "sequence", "basis",
            "reviewId", "bookingId", "previousDueDate", "deadline", "alertId", "stage", "reasons", "raisedWith",
            "dueBy", "recipient", "reason", "link", "templateVersion", "completedOn", "answers", "auditId", "kind",
            "auditor", "checks");

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void no_event_on_any_topic_carries_a_name_a_date_of_birth_or_free_text() throws Exception {
        Api api = new Api(server.getURL(), json);
        String authority = TestAuthorities.fresh("privacy");
        api.authority(authority);
        api.put("/api/authorities/" + authority + "/children/P1", """
                {"dateOfBirth": "2013-07-19", "gender": "female", "ethnicity": "WBRI", "uasc": false,
                 "disability": false, "name": "Priya Privateperson"}""");
        api.put("/api/authorities/" + authority + "/children/P1/social-worker", """
                {"id": "sw-1", "name": "Sally Secretname", "email": "sally@example.org"}""");
        api.episode(authority, "P1", "2024-02-01");
        // Quality assurance (issue 24): a QA form and an audit's findings, both with notes naming people.
        String review = (String) api.post("/api/authorities/" + authority + "/children/P1/reviews",
                ReviewCycleTest.review("2024-02-28").replace("2023-05-20", "2024-02-26")).at("id");
        assertThat(api.post("/api/authorities/" + authority + "/children/P1/reviews/" + review + "/qa", """
                {"answers": {"childs-views-captured": "yes"}, "completedOn": "2024-03-01",
                 "notes": "Priya Privateperson spoke up; Sally Secretname was late."}""").status()).isEqualTo(201);
        api.put("/api/authorities/" + authority + "/iros/iro-p", """
                {"name": "Pat Peer", "fte": 1.0, "employment": "permanent", "from": "2020-01-01"}""");
        String audit = (String) api.post("/api/authorities/" + authority + "/audits", """
                {"title": "Priya's audit", "on": "2024-03-05", "cohort": {}, "sampleSize": 1, "auditors": ["iro-p"]}
                """).at("id");
        assertThat(api.post("/api/authorities/" + authority + "/audits/" + audit + "/children/P1/findings", """
                {"answers": {"childs-views-captured": "no"}, "notes": "Priya Privateperson, born 2013-07-19."}""")
                .status()).isEqualTo(201);

        for (String topic : List.of("iro.reviews", "iro.alerts", "iro.notifications", "iro.quality")) {
            try (TopicReader reader = new TopicReader(TestServices.KAFKA, topic)) {
                if (topic.equals("iro.quality")) {
                    assertThat(reader.await(r -> r.key().equals(authority + ":P1"), 2, Duration.ofSeconds(30)))
                            .as("the QA form and the audit's findings").hasSize(2);
                }
                if (topic.equals("iro.reviews")) {
                    assertThat(reader.await(r -> r.key().equals(authority + ":P1"), 1, Duration.ofSeconds(30)))
                            .isNotEmpty();
                }
                List<ConsumerRecord<String, CloudEvent>> all = reader.settle(r -> true, Duration.ofSeconds(1));
                for (ConsumerRecord<String, CloudEvent> record : all) {
                    String data = new String(record.value().getData().toBytes(), StandardCharsets.UTF_8);
                    Map<String, Object> fields = json.readValue(data, Argument.mapOf(String.class, Object.class));
                    assertThat(fields.keySet()).as(topic + " " + data).isSubsetOf(ALLOWED);
                    assertThat(data).doesNotContain("Priya").doesNotContain("2013-07-19").doesNotContain("Sally")
                            .doesNotContain("Amy Example");
                }
            }
        }
    }
}
