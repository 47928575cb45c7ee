package org.openiro.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.openiro.escalation.port.in.ScanAlertsUseCase;
import org.openiro.reviews.port.in.ScanReviewsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for what has become due (reviews due soon or overdue, reports and deadlines missed, alerts unanswered or past
 * the escalation limit) every few minutes. Safe in
 * every instance at once: each event has a key unique to its fact.
 */
@Singleton
@Requires(property = "iro.scan.enabled", value = "true", defaultValue = "true")
class ReviewScanJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewScanJob.class);

    private final ScanReviewsUseCase scan;
    private final ScanAlertsUseCase alerts;
    private final Counter done;
    private final Counter failed;
    private final Counter found;

    ReviewScanJob(ScanReviewsUseCase scan, ScanAlertsUseCase alerts, MeterRegistry metrics) {
        this.scan = scan;
        this.alerts = alerts;
        this.done = runs(metrics, "done");
        this.failed = runs(metrics, "failed");
        this.found = Counter.builder("iro.scan.events").description("Events the scan found (due soon, overdue, ...)")
                .register(metrics);
    }

    private static Counter runs(MeterRegistry metrics, String outcome) {
        return Counter.builder("iro.scan.runs").description("Runs of the scan for what has become due")
                .tag("outcome", outcome).register(metrics);
    }

    @Scheduled(fixedDelay = "${iro.scan.interval:15m}", initialDelay = "${iro.scan.initial-delay:30s}")
    void scan() {
        try {
            int events = scan.scan() + alerts.scan();
            done.increment();
            found.increment(events);
            LOG.debug("the scan found {} events", events);
        } catch (RuntimeException e) {
            failed.increment();
            LOG.warn("review scan failed: {}", e.toString());
        }
    }
}
