package org.openiro.inmemory;

import java.util.ArrayList;
import java.util.List;
import org.openiro.events.OutboxEvent;
import org.openiro.events.port.out.EventPublisher;

/**
 * A broker in a list: every event published, in order, for a program or a test to read. A real system publishes to
 * its own broker with an adapter of its own; this one stands in for it.
 */
public final class InMemoryEventPublisher implements EventPublisher {

    private final List<OutboxEvent> published = new ArrayList<>();

    @Override
    public synchronized void publish(List<OutboxEvent> events) {
        published.addAll(events);
    }

    /** Every event published so far, in the order it was. */
    public synchronized List<OutboxEvent> published() {
        return List.copyOf(published);
    }
}
