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
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.TestServices;
import org.openiro.app.support.TopicReader;

/** Two instances of the service on one database: each event is published once, by whichever holds the lease. */
class TwoInstancesTest {

    @Test
    void two_running_instances_never_publish_an_event_twice() {
        String database = TestServices.freshDatabase("two_instances");
        Map<String, Object> config = new HashMap<>(TestServices.postgres(database));
        config.put("kafka.bootstrap.servers", TestServices.KAFKA);
        config.put("iro.relay.batch-size", 7);
        String authority = TestAuthorities.fresh("two");
        try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, config, "test");
             EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, config, "test")) {
            JsonMapper json = first.getApplicationContext().getBean(JsonMapper.class);
            List<Api> instances = List.of(new Api(first.getURL(), json), new Api(second.getURL(), json));
            instances.get(0).authority(authority);
            int children = 40;
            for (int i = 0; i < children; i++) {
                Api api = instances.get(i % 2);
                api.child(authority, "C" + i, "2015-01-01");
                assertThat(api.episode(authority, "C" + i, "2024-01-02").status()).isEqualTo(201);
            }

            try (TopicReader reader = new TopicReader(TestServices.KAFKA, "iro.reviews")) {
                reader.await(r -> r.key().startsWith(authority + ":"), children, Duration.ofSeconds(60));
                List<ConsumerRecord<String, CloudEvent>> published =
                        reader.settle(r -> r.key().startsWith(authority + ":"), Duration.ofSeconds(3));

                assertThat(published).hasSize(children);
                assertThat(published).extracting(ConsumerRecord::key).doesNotHaveDuplicates();
            }
        }
    }
}
