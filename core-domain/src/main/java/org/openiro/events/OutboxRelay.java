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
 * oldest waiting events, publishes them and marks them published only after the broker acknowledged them, so a crash
 * in between resends, never skips. When the broker fails part way through a batch, the events it acknowledged before
 * the failure are marked and the next round starts from the one that failed: nothing later is ever sent before it.
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
        Published round = unitOfWork.inTransaction(this::publishOneBatch);
        if (round.failure() != null) {
            consecutiveFailures++;
            return new Round(round.count(), true, round.failure(), backoff(), round.lag());
        }
        consecutiveFailures = 0;
        Duration wait = round.count() == settings.batchSize() ? Duration.ZERO : settings.idleWait();
        return new Round(round.count(), true, null, wait, round.lag());
    }

    /** How many events a round published, how long the first of them had waited, and why it stopped short. */
    private record Published(int count, String failure, Duration lag) {
    }

    private Published publishOneBatch() {
        List<OutboxEvent> batch = outbox.claimUnpublished(settings.batchSize());
        if (batch.isEmpty()) {
            return new Published(0, null, null);
        }
        List<OutboxEvent> acknowledged = batch;
        String failure = null;
        try {
            publisher.publish(batch);
        } catch (EventPublisher.PublishFailed e) {
            acknowledged = batch.subList(0, Math.min(Math.max(e.acknowledged(), 0), batch.size()));
            failure = e.getMessage();
        }
        if (acknowledged.isEmpty()) {
            return new Published(0, failure, null);
        }
        Instant at = clock.instant();
        outbox.markPublished(acknowledged.stream().map(OutboxEvent::sequence).toList(), at);
        return new Published(acknowledged.size(), failure, Duration.between(acknowledged.get(0).time(), at));
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
}
