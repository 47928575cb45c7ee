package org.openiro.app;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.openiro.access.port.out.IdempotencyKeys;
import org.openiro.shared.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets the answers kept for {@code Idempotency-Key}s once they are past giving again (24 hours), so the table holds
 * a day of writes at most. Safe in every instance at once: each deletes what is old.
 */
@Singleton
class IdempotencyKeysPurge {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeysPurge.class);

    private final IdempotencyKeys keys;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    IdempotencyKeysPurge(IdempotencyKeys keys, UnitOfWork unitOfWork, Clock clock) {
        this.keys = keys;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "10m")
    void purge() {
        try {
            int forgotten = unitOfWork.inTransaction(() -> keys.forgetBefore(clock.instant().minus(IdempotencyKeys.KEPT_FOR)));
            LOG.debug("forgot {} answers kept for idempotency keys", forgotten);
        } catch (RuntimeException e) {
            LOG.warn("could not forget old idempotency keys: {}", e.toString());
        }
    }
}
