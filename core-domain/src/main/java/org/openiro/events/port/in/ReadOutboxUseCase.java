package org.openiro.events.port.in;

import org.openiro.authority.AuthorityCode;
import org.openiro.events.OutboxEvent;
import org.openiro.shared.Page;

/** Reads an authority's events over HTTP, for deployments without a broker. */
public interface ReadOutboxUseCase {

    /**
     * The authority's events with a sequence after {@code after}, oldest first: a reader that passes the last sequence
     * it saw misses none.
     */
    Page<OutboxEvent> eventsAfter(AuthorityCode authority, long after, Page.Request page);
}
