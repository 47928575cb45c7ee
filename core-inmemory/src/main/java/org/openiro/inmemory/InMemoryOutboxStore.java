package org.openiro.inmemory;

import java.time.Instant;
import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.events.OutboxEvent;
import org.openiro.events.port.out.OutboxStore;
import org.openiro.shared.Page;

/**
 * The relay's and readers' view of {@link InMemoryEventOutbox}. Claiming needs no row locks: the relay's unit of
 * work runs alone, so no other can claim the same events meanwhile.
 */
public final class InMemoryOutboxStore implements OutboxStore {

    private final InMemoryEventOutbox outbox;

    public InMemoryOutboxStore(InMemoryEventOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public List<OutboxEvent> claimUnpublished(int limit) {
        return outbox.events().stream().filter(e -> e.publishedAt() == null).limit(limit).toList();
    }

    @Override
    public int markPublished(List<Long> sequences, Instant at) {
        int changed = 0;
        synchronized (outbox) {
            for (OutboxEvent e : outbox.events()) {
                if (sequences.contains(e.sequence())) {
                    outbox.published(e.sequence(), at);
                    changed++;
                }
            }
        }
        return changed;
    }

    @Override
    public Page<OutboxEvent> listAfter(AuthorityCode authority, long after, Page.Request page) {
        String source = "/authorities/" + authority.value();
        return InMemoryPages.page(outbox.events().stream()
                .filter(e -> e.sequence() > after && e.source().equals(source)).toList(), page);
    }
}
