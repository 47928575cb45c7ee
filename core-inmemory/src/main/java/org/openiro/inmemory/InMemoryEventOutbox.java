package org.openiro.inmemory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openiro.events.DomainEvent;
import org.openiro.events.EventCatalogue;
import org.openiro.events.OutboxEvent;
import org.openiro.events.port.out.EventOutbox;

/**
 * The outbox: events appended in order, each given the next sequence number; one whose unique key is already there
 * is skipped. {@link InMemoryOutboxStore} and {@link InMemoryOutboxBacklog} read it. Since every unit of work runs
 * alone ({@link InMemoryUnitOfWork}), no event can be committed ahead of one already seen.
 */
public final class InMemoryEventOutbox extends Tables implements EventOutbox {

    private final Map<Long, OutboxEvent> events = table();
    private final Map<String, Long> uniqueKeys = table();
    private long sequence;

    @Override
    public synchronized void append(List<? extends DomainEvent> appended, Instant at) {
        for (DomainEvent appendedEvent : appended) {
            EventCatalogue.Entry event = EventCatalogue.entry(appendedEvent);
            Optional<String> unique = event.uniqueKey();
            if (unique.isPresent() && uniqueKeys.containsKey(unique.get())) {
                continue;
            }
            long next = ++sequence;
            unique.ifPresent(key -> uniqueKeys.put(key, next));
            events.put(next, new OutboxEvent(next, UUID.randomUUID().toString(), event.type(), event.topic(),
                    event.key(), event.source(), event.subject(), at, Json.write(event.data()), null));
        }
    }

    /** Every event, oldest first. */
    public synchronized List<OutboxEvent> events() {
        return List.copyOf(events.values());
    }

    synchronized void published(long sequence, Instant at) {
        OutboxEvent e = events.get(sequence);
        events.put(sequence, new OutboxEvent(e.sequence(), e.id(), e.type(), e.topic(), e.key(), e.source(),
                e.subject(), e.time(), e.data(), at));
    }
}
