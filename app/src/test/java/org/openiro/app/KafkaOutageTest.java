package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestServices;
import org.openiro.app.support.TestServices.OwnBroker;
import org.openiro.app.support.TopicReader;

/**
 * Kafka is down: writes still succeed and their events wait in the outbox; when it returns they go out, once
 * each, in order (events.md, "Delivery"). The test stops and starts a broker of its own.
 */
class KafkaOutageTest {

    @Test
    void events_written_while_kafka_is_down_arrive_once_each_in_order_when_it_returns() throws Exception {
        String database = TestServices.freshDatabase("outage");
        try (OwnBroker broker = new OwnBroker(TestServices.OWN_KAFKA_PORT).start()) {
            Map<String, Object> config = new HashMap<>(TestServices.postgres(database));
            config.put("kafka.bootstrap.servers", broker.bootstrapServers());
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, config, "test")) {
                Api api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
                api.authority("outage");
                for (String child : List.of("C0", "C1", "C2", "C3")) {
                    api.child("outage", child, "2015-01-01");
                }
                api.episode("outage", "C0", "2024-01-02");
                try (TopicReader reader = new TopicReader(broker.bootstrapServers(), "iro.reviews")) {
                    assertThat(reader.await(r -> r.key().equals("outage:C0"), 1, Duration.ofSeconds(30)))
                            .as("events flow while the broker is up").hasSize(1);
                }

                broker.stop();
                assertThat(api.episode("outage", "C1", "2024-01-03").status()).isEqualTo(201);
                assertThat(api.episode("outage", "C2", "2024-01-04").status()).isEqualTo(201);
                assertThat(api.episode("outage", "C3", "2024-01-05").status()).isEqualTo(201);
                Thread.sleep(2_000);
                Api.Reply waiting = api.get("/api/authorities/outage/events?after=1");
                assertThat(waiting.at("totalItems")).isEqualTo(3);
                assertThat(waiting.at("items.0.publishedAt")).as("nothing is published while Kafka is down").isNull();

                broker.start();
                try (TopicReader reader = new TopicReader(broker.bootstrapServers(), "iro.reviews")) {
                    reader.await(r -> true, 3, Duration.ofSeconds(60));
                    List<ConsumerRecord<String, CloudEvent>> arrived = reader.settle(r -> true, Duration.ofSeconds(3));

                    assertThat(arrived).extracting(ConsumerRecord::key)
                            .containsExactly("outage:C1", "outage:C2", "outage:C3");
                    assertThat(arrived).extracting(r -> r.value().getId()).doesNotHaveDuplicates();
                }
            }
        }
    }
}
