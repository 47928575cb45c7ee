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

    /** Events made ready to append (their stored form made, say), so that the appending itself is quick. */
    interface Prepared {
        List<? extends DomainEvent> events();

        Instant at();
    }

    /**
     * Makes events ready to append, without the unit of work: for a batch of thousands (an import's), made on another
     * thread while the unit of work writes what comes before them. Safe to call on any thread, beside {@link #append}.
     */
    default Prepared prepare(List<? extends DomainEvent> events, Instant at) {
        return new Prepared() {
            @Override
            public List<? extends DomainEvent> events() {
                return events;
            }

            @Override
            public Instant at() {
                return at;
            }
        };
    }

    /** Appends events made ready by {@link #prepare}, as {@link #append(List, Instant)} appends them. */
    default void append(Prepared prepared) {
        append(prepared.events(), prepared.at());
    }
}
