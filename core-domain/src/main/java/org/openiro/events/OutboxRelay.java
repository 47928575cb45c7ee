package org.openiro.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openiro.events.port.in.RelayOutboxUseCase;
import org.openiro.events.port.out.EventPublisher;
import org.openiro.events.port.out.OutboxStore;
import org.openiro.events.port.out.RelayLease;
import org.openiro.shared.UnitOfWork;

/**
 * The transactional outbox's relay (events.md, "Delivery"). One instance at a time holds the lease; it claims the
 * oldest waiting events, publishes them and marks them published only after the broker acknowledged all of them,
 * so a crash in between resends, never skips.
 */
public final class OutboxRelay implements RelayOutboxUseCase {

    public record Settings(String instanceId, int batchSize, Duration lease, Duration idleWait, Duration maxBackoff) {
    }

    private final OutboxStore outbox;
    private final EventPublisher publisher;
    private final RelayLease lease;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final Settings settings;
    private int consecutiveFailures;

    public OutboxRelay(OutboxStore outbox, EventPublisher publisher, RelayLease lease, UnitOfWork unitOfWork,
                       Clock clock, Settings settings) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.lease = lease;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public synchronized Round relayOnce() {
        boolean leader = unitOfWork.inTransaction(
                () -> lease.tryHold(settings.instanceId(), clock.instant(), settings.lease()));
        if (!leader) {
            return new Round(0, false, null, settings.idleWait(), null);
        }
        try {
            Round published = unitOfWork.inTransaction(this::publishOneBatch);
            consecutiveFailures = 0;
            return published;
        } catch (BatchNotPublished e) {
            consecutiveFailures++;
            return new Round(0, true, e.getMessage(), backoff(), null);
        }
    }

    private Round publishOneBatch() {
        List<OutboxEvent> batch = outbox.claimUnpublished(settings.batchSize());
        if (batch.isEmpty()) {
            return new Round(0, true, null, settings.idleWait(), null);
        }
        try {
            publisher.publish(batch);
        } catch (EventPublisher.PublishFailed e) {
            throw new BatchNotPublished(e);
        }
        Instant acknowledged = clock.instant();
        outbox.markPublished(batch.stream().map(OutboxEvent::sequence).toList(), acknowledged);
        Duration wait = batch.size() == settings.batchSize() ? Duration.ZERO : settings.idleWait();
        return new Round(batch.size(), true, null, wait, Duration.between(batch.get(0).time(), acknowledged));
    }

    /** Doubles the wait after each failure in a row, from the idle wait up to the maximum. */
    private Duration backoff() {
        Duration wait = settings.idleWait().multipliedBy(1L << Math.min(consecutiveFailures, 16));
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    @Override
    public void stepDown() {
        unitOfWork.run(() -> lease.release(settings.instanceId()));
    }

    /** Rolls the claiming transaction back, so the batch waits for the next round. */
    private static final class BatchNotPublished extends RuntimeException {
        BatchNotPublished(EventPublisher.PublishFailed cause) {
            super(cause.getMessage(), cause);
        }
    }
}
