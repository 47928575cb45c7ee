package org.openiro.events.port.out;

import java.util.List;
import org.openiro.events.OutboxEvent;

/** Sends events to the message broker. */
public interface EventPublisher {

    /**
     * Publishes the events in order and returns only once the broker has acknowledged every one of them. At the first
     * event that cannot be delivered it stops: none after it is sent, so a consumer never sees an event before one
     * that came ahead of it (events.md, "in order per key").
     *
     * @throws PublishFailed when any of them could not be delivered, saying how many before it were acknowledged; the
     *                       caller sends the rest again later, from the one that failed
     */
    void publish(List<OutboxEvent> events) throws PublishFailed;

    /** Thrown when the broker did not acknowledge every event of a batch. */
    class PublishFailed extends Exception {
        private final int acknowledged;

        public PublishFailed(String message, Throwable cause) {
            this(message, cause, 0);
        }

        /** @param acknowledged how many events at the head of the batch the broker acknowledged before the failure */
        public PublishFailed(String message, Throwable cause, int acknowledged) {
            super(message, cause);
            this.acknowledged = acknowledged;
        }

        public int acknowledged() {
            return acknowledged;
        }
    }
}
