package org.openiro.events.port.out;

import java.time.Duration;
import java.time.Instant;

/**
 * Elects the one instance that publishes, so events stay in order per key however many instances run.
 * The holder renews the lease on every round; when it dies, another takes over once it expires.
 */
public interface RelayLease {

    /** Takes or renews the lease for {@code holder} until {@code now + ttl}; false while another holds it. */
    boolean tryHold(String holder, Instant now, Duration ttl);

    /** Gives the lease up, so another instance need not wait for it to expire. */
    void release(String holder);
}
