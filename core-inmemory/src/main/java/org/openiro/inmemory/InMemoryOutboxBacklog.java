package org.openiro.inmemory;

import java.util.List;
import java.util.Optional;
import org.openiro.events.OutboxEvent;
import org.openiro.events.port.out.OutboxBacklog;

/** How many events of {@link InMemoryEventOutbox} wait to be published, and since when the oldest has. */
public final class InMemoryOutboxBacklog implements OutboxBacklog {

    private final InMemoryEventOutbox outbox;

    public InMemoryOutboxBacklog(InMemoryEventOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Backlog backlog() {
        List<OutboxEvent> waiting = outbox.events().stream().filter(e -> e.publishedAt() == null).toList();
        return new Backlog(waiting.size(), waiting.isEmpty() ? Optional.empty() : Optional.of(waiting.get(0).time()));
    }
}
