package org.openiro.events.port.in;

import java.time.Duration;

/** Publishes what waits in the outbox; the application runs it again and again. */
public interface RelayOutboxUseCase {

    /**
     * @param published how many events this round published
     * @param waitBeforeNext how long to wait before the next round: none while a backlog remains, longer while
     *        the broker is unreachable
     * @param lag how long the oldest event of the batch waited, from being written to being acknowledged by the
     *        broker; null when the round published nothing
     */
    record Round(int published, boolean leader, String failure, Duration waitBeforeNext, Duration lag) {
    }

    /**
     * One round: takes or keeps the lease, publishes a batch in order, marks it published; says how it went and how
     * long to wait.
     */
    Round relayOnce();

    /** Stops being the relay, so another instance takes over at once. */
    void stepDown();
}
