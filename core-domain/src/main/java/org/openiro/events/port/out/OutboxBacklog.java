package org.openiro.events.port.out;

import java.time.Instant;
import java.util.Optional;

/**
 * How far publishing is behind: what an operations team watches (the metrics, the health check), read apart from
 * the relay so that it can be asked on any instance, whether or not it publishes.
 */
public interface OutboxBacklog {

    /** @param oldest when the oldest event still waiting was written; empty when none waits */
    record Backlog(long waiting, Optional<Instant> oldest) {
    }

    /** The events not yet published, across every authority. */
    Backlog backlog();
}
