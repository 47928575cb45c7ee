package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.TopicReader;

/** A child comes into care: the first review is due, and the rest of the authority hears of it through Kafka. */
@MicronautTest(environments = {"pg", "kafka"}, transactional = false)
class ThinSliceTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Value("${kafka.bootstrap.servers}")
    String kafka;

    private Api api;
    private final String authority = TestAuthorities.fresh("slice");

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
    }

    @Test
    void a_child_entering_care_has_a_first_review_due_on_the_20th_working_day() {
        assertThat(api.authority(authority).status()).isEqualTo(201);
        assertThat(api.child(authority, "C1", "2015-06-01").status()).isEqualTo(201);

        Api.Reply started = api.episode(authority, "C1", "2023-04-28");

        assertThat(started.status()).isEqualTo(201);
        assertThat(started.location()).endsWith("/api/authorities/" + authority + "/children/C1");
        Api.Reply child = api.get("/api/authorities/" + authority + "/children/C1");
        assertThat(child.status()).isEqualTo(200);
        assertThat(child.at("lookedAfter")).isEqualTo(true);
        assertThat(child.at("legalStatus")).isEqualTo("C1");
        assertThat(child.at("placement.type")).isEqualTo("U6");
        // 1, 8 and 29 May 2023 are bank holidays.
        assertThat(child.at("nextReview.dueDate")).isEqualTo("2023-05-31");
        assertThat(child.at("nextReview.sequence")).isEqualTo(1);
        assertThat(child.at("nextReview.basis")).isEqualTo("care-start");
    }

    @Test
    void putting_the_same_child_again_updates_them_and_answers_200() {
        api.authority(authority);
        assertThat(api.child(authority, "C2", "2015-06-01").status()).isEqualTo(201);

        Api.Reply again = api.child(authority, "C2", "2015-06-02");

        assertThat(again.status()).isEqualTo(200);
        assertThat(api.get("/api/authorities/" + authority + "/children/C2").at("dateOfBirth")).isEqualTo("2015-06-02");
        assertThat(api.authority(authority).status()).isEqualTo(200);
    }

    @Test
    void the_review_scheduled_event_reaches_kafka_as_a_cloud_event_without_personal_details() throws Exception {
        api.authority(authority);
        api.child(authority, "C3", "2015-06-01");
        api.episode(authority, "C3", "2023-12-15");

        try (TopicReader reader = new TopicReader(kafka, "iro.reviews")) {
            List<ConsumerRecord<String, CloudEvent>> records = reader.await(
                    r -> r.key().equals(authority + ":C3"), 1, Duration.ofSeconds(30));

            assertThat(records).hasSize(1);
            CloudEvent event = records.get(0).value();
            assertThat(event.getType()).isEqualTo("org.openiro.review.scheduled");
            assertThat(event.getSource().toString()).isEqualTo("/authorities/" + authority);
            assertThat(event.getSubject()).isEqualTo("children/C3");
            assertThat(event.getDataContentType()).isEqualTo("application/json");
            String data = new String(event.getData().toBytes(), StandardCharsets.UTF_8);
            assertThat(json.readValue(data, java.util.Map.class)).containsEntry("authority", authority)
                    .containsEntry("childId", "C3").containsEntry("dueDate", "2024-01-17")
                    .containsEntry("sequence", 1).containsEntry("basis", "care-start");
            assertThat(data).doesNotContain("Amy").doesNotContain("2015-06-01");
        }
        Api.Reply events = awaitPublished("/api/authorities/" + authority + "/events");
        assertThat(events.at("items.0.type")).isEqualTo("org.openiro.review.scheduled");
        assertThat(events.at("items.0.key")).isEqualTo(authority + ":C3");
    }

    @Test
    void the_outbox_lists_only_the_authoritys_own_events_after_a_sequence() {
        String other = TestAuthorities.fresh("other");
        api.authority(authority);
        api.authority(other);
        api.child(authority, "C4", "2015-06-01");
        api.child(other, "C4", "2015-06-01");
        api.episode(authority, "C4", "2024-01-08");
        api.episode(other, "C4", "2024-01-08");

        Api.Reply mine = api.get("/api/authorities/" + authority + "/events");

        assertThat(mine.at("totalItems")).isEqualTo(1);
        assertThat(mine.at("items.0.data.authority")).isEqualTo(authority);
        Number sequence = (Number) mine.at("items.0.sequence");
        assertThat(api.get("/api/authorities/" + authority + "/events?after=" + sequence).at("totalItems"))
                .isEqualTo(0);
    }

    @Test
    void health_reports_the_database_and_kafka() {
        Api.Reply health = api.get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.at("status")).isEqualTo("UP");
        assertThat(health.at("details.jdbc.status")).isEqualTo("UP");
        assertThat(health.at("details.kafka.status")).isEqualTo("UP");
    }

    private Api.Reply awaitPublished(String path) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Api.Reply events = api.get(path);
            if (events.at("items.0.publishedAt") != null) {
                return events;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the event was never marked published: " + api.get(path));
    }
}
