package org.openiro.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.openiro.events.port.out.OutboxBacklog;
import org.openiro.shared.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's own gauges, read when Prometheus scrapes: how many events wait in the outbox and how long the oldest
 * has waited. They are the outbox's, not this instance's: every instance reports the same figures, whichever one
 * publishes. No label names a child, an IRO or an authority.
 */
@Singleton
class ServiceMetrics implements MeterBinder {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceMetrics.class);
    /** Both gauges are read in one scrape: one query answers both. */
    private static final Duration FRESH = Duration.ofSeconds(1);

    // Providers: the registry is made before the data source, whose pool it measures.
    private final Provider<OutboxBacklog> outbox;
    private final Provider<UnitOfWork> unitOfWork;
    private final Clock clock;
    private OutboxBacklog.Backlog last;
    private Instant readAt = Instant.MIN;

    ServiceMetrics(Provider<OutboxBacklog> outbox, Provider<UnitOfWork> unitOfWork, Clock clock) {
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("iro.outbox.waiting", this, ServiceMetrics::waiting)
                .description("Events written to the outbox and not yet published to Kafka")
                .register(registry);
        Gauge.builder("iro.outbox.oldest.age", this, ServiceMetrics::oldestAgeSeconds)
                .description("How long the oldest unpublished event has waited (0 when none waits)")
                .baseUnit("seconds")
                .register(registry);
    }

    /** Events waiting to be published; NaN when the outbox could not be read. */
    double waiting() {
        OutboxBacklog.Backlog backlog = backlog();
        return backlog == null ? Double.NaN : backlog.waiting();
    }

    /** How long the oldest waiting event has waited, in seconds; 0 when none waits, NaN when unknown. */
    double oldestAgeSeconds() {
        OutboxBacklog.Backlog backlog = backlog();
        if (backlog == null) {
            return Double.NaN;
        }
        return backlog.oldest().map(oldest -> Duration.between(oldest, clock.instant()).toMillis() / 1000.0)
                .orElse(0.0);
    }

    private synchronized OutboxBacklog.Backlog backlog() {
        Instant now = clock.instant();
        if (last == null || readAt.plus(FRESH).isBefore(now)) {
            try {
                last = unitOfWork.get().inTransaction(() -> outbox.get().backlog());
                readAt = now;
            } catch (RuntimeException e) {
                LOG.warn("could not read the outbox's backlog: {}", e.toString());
                return null;
            }
        }
        return last;
    }
}
