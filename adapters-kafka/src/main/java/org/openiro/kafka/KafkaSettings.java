package org.openiro.kafka;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Where the broker is ({@code KAFKA_BOOTSTRAP_SERVERS}) and the per-environment topic prefix. Without a broker
 * configured none of this module's beans exist and events simply wait in the outbox.
 */
@Singleton
@Requires(property = KafkaSettings.BOOTSTRAP)
public class KafkaSettings {

    public static final String BOOTSTRAP = "kafka.bootstrap.servers";

    private final String bootstrapServers;
    private final String topicPrefix;

    KafkaSettings(@Value("${" + BOOTSTRAP + "}") String bootstrapServers,
                  @Value("${iro.kafka.topic-prefix:}") String topicPrefix) {
        this.bootstrapServers = bootstrapServers;
        this.topicPrefix = topicPrefix;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String topic(String logical) {
        return topicPrefix + logical;
    }

    /**
     * Idempotent and acknowledged by all in-sync replicas (events.md), failing fast while the broker is away so
     * the relay can back off rather than block. Public so that the relay benchmark's minimal relay sends with exactly
     * these settings.
     */
    public Properties producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "iro-outbox-relay");
        return p;
    }
}
