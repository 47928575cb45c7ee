package org.openiro.persistence.events;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import org.openiro.events.port.out.RelayLease;

/** The relay's lease as a row: portable to H2, and it survives a connection being dropped, unlike a session lock. */
@Singleton
class JdbcRelayLease implements RelayLease {

    private static final String OUTBOX = "outbox";
    private final RelayLeaseRows rows;

    JdbcRelayLease(RelayLeaseRows rows) {
        this.rows = rows;
    }

    @Override
    public boolean tryHold(String holder, Instant now, Duration ttl) {
        return rows.hold(OUTBOX, holder, now, now.plus(ttl)) == 1;
    }

    @Override
    public void release(String holder) {
        rows.release(OUTBOX, holder, Instant.EPOCH);
    }
}
