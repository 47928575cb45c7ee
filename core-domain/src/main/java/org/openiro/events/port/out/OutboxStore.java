package org.openiro.events.port.out;

import java.time.Instant;
import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.events.OutboxEvent;
import org.openiro.shared.Page;

/**
 * The relay's and readers' view of the outbox. Both see an event only once no transaction still in flight can commit
 * one ahead of it: a reader never passes a row that is still to come, so it misses none and takes them in order.
 */
public interface OutboxStore {

    /**
     * Locks and returns the oldest unpublished events, in outbox order, skipping rows another transaction holds.
     * Must be called inside a unit of work; the locks last until it ends.
     */
    List<OutboxEvent> claimUnpublished(int limit);

    /** Marks exactly these events published; answers how many rows changed. */
    int markPublished(List<Long> sequences, Instant at);

    /** One authority's events with a sequence after {@code after}, oldest first. */
    Page<OutboxEvent> listAfter(AuthorityCode authority, long after, Page.Request page);
}
