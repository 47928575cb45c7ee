package org.openiro.app;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * The outbox on {@code /health} (details for an administrator): how many events wait and how long the oldest has
 * waited, the figures {@code iro_outbox_waiting} and {@code iro_outbox_oldest_age_seconds} give Prometheus. Always UP:
 * a backlog means the broker or the relay is behind, not that this instance cannot serve; alert on the metric.
 */
@Singleton
class OutboxHealthIndicator implements HealthIndicator {

    private final ServiceMetrics metrics;

    OutboxHealthIndicator(ServiceMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        double waiting = metrics.waiting();
        if (Double.isNaN(waiting)) {
            details.put("error", "the outbox could not be read");
            return Publishers.just(HealthResult.builder("outbox", HealthStatus.UNKNOWN).details(details).build());
        }
        details.put("waiting", (long) waiting);
        details.put("oldestAgeSeconds", metrics.oldestAgeSeconds());
        return Publishers.just(HealthResult.builder("outbox", HealthStatus.UP).details(details).build());
    }
}
