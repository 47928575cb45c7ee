package org.openiro.kafka;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** Reports on /health whether the configured broker answers; events wait safely in the outbox while it does not. */
@Singleton
@Requires(bean = KafkaSettings.class)
class KafkaHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final KafkaSettings settings;

    KafkaHealthIndicator(KafkaSettings settings) {
        this.settings = settings;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000);
        try (Admin admin = Admin.create(p)) {
            int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs(3_000)).nodes()
                    .get(4, TimeUnit.SECONDS).size();
            healthStatus = HealthStatus.UP;
            return Map.of("bootstrapServers", settings.bootstrapServers(), "brokers", brokers);
        } catch (Exception e) {
            healthStatus = HealthStatus.DOWN;
            return Map.of("bootstrapServers", settings.bootstrapServers(), "error", String.valueOf(e.getMessage()));
        }
    }

    @Override
    protected String getName() {
        return "kafka";
    }
}
