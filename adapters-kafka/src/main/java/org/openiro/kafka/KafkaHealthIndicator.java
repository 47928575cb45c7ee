package org.openiro.kafka;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.reactivestreams.Publisher;

/**
 * Reports on /health whether the configured broker answers. A broker out of reach is {@link #DEGRADED}, not DOWN: the
 * service goes on taking every write, whose events wait safely in the outbox until the broker is back, so neither
 * {@code /health} nor {@code /health/readiness} fails over it (a load balancer would otherwise take every instance out
 * for a broker outage). The broker is asked in the background, at most every {@link #EVERY}, and a probe is answered
 * at once from the last answer, so a hanging broker never makes a probe wait.
 */
@Singleton
@Requires(bean = KafkaSettings.class)
class KafkaHealthIndicator implements HealthIndicator {

    /** Working, with a part of it out of reach: answered 200, with the details saying which part. */
    static final HealthStatus DEGRADED = new HealthStatus("DEGRADED",
            "the broker does not answer: events wait in the outbox", true, 1);
    static final Duration EVERY = Duration.ofSeconds(5);

    private final KafkaSettings settings;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "iro-kafka-health");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean checking = new AtomicBoolean();
    /** The last finished check; null until the first has finished. */
    private volatile HealthResult last;
    private volatile Instant checkedAt = Instant.MIN;
    private volatile CompletableFuture<HealthResult> running;

    KafkaHealthIndicator(KafkaSettings settings) {
        this.settings = settings;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        if (checkedAt.plus(EVERY).isBefore(Instant.now()) && checking.compareAndSet(false, true)) {
            running = CompletableFuture.supplyAsync(() -> {
                try {
                    HealthResult result = check();
                    last = result;
                    checkedAt = Instant.now();
                    return result;
                } finally {
                    checking.set(false);
                }
            }, checker);
        }
        HealthResult known = last;
        if (known != null) {
            return Publishers.just(known);
        }
        CompletableFuture<HealthResult> first = running;
        if (first == null) {
            return Publishers.just(HealthResult.builder("kafka", HealthStatus.UNKNOWN).build());
        }
        return Publishers.fromCompletableFuture(() -> first); // only the very first probe waits for the broker
    }

    private HealthResult check() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("bootstrapServers", settings.bootstrapServers());
        details.put("checkedAt", Instant.now().toString());
        try (Admin admin = Admin.create(p)) {
            int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs(3_000)).nodes()
                    .get(4, TimeUnit.SECONDS).size();
            details.put("brokers", brokers);
            return HealthResult.builder("kafka", HealthStatus.UP).details(details).build();
        } catch (Exception e) {
            details.put("error", String.valueOf(e.getMessage()));
            return HealthResult.builder("kafka", DEGRADED).details(details).build();
        }
    }

    @PreDestroy
    void stop() {
        checker.shutdownNow();
    }
}
