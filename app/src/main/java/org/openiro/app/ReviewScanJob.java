package org.openiro.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.openiro.escalation.port.in.AlertsUseCase;
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
    private final AlertsUseCase alerts;

    ReviewScanJob(ScanReviewsUseCase scan, AlertsUseCase alerts) {
        this.scan = scan;
        this.alerts = alerts;
    }

    @Scheduled(fixedDelay = "${iro.scan.interval:15m}", initialDelay = "${iro.scan.initial-delay:30s}")
    void scan() {
        try {
            int found = scan.scan() + alerts.scan();
            LOG.debug("the scan found {} events", found);
        } catch (RuntimeException e) {
            LOG.warn("review scan failed: {}", e.toString());
        }
    }
}
