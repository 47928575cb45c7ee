package org.openiro.events.port.out;

import java.util.List;
import org.openiro.events.OutboxEvent;

/** Sends events to the message broker. */
public interface EventPublisher {

    /**
     * Publishes the events in order and returns only once the broker has acknowledged every one of them.
     *
     * @throws PublishFailed when any of them could not be delivered; the caller sends the batch again later
     */
    void publish(List<OutboxEvent> events) throws PublishFailed;

    class PublishFailed extends Exception {
        public PublishFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
