package org.openiro.events.port.out;

import java.time.Instant;
import java.util.List;
import org.openiro.events.DomainEvent;

/** Where use cases leave their events, inside their own transaction. */
public interface EventOutbox {

    /**
     * Appends the events in order, each stored as {@link org.openiro.events.EventCatalogue#entry} writes it; an
     * event whose unique key is already there is skipped, not duplicated.
     */
    void append(List<? extends DomainEvent> events, Instant at);
}
