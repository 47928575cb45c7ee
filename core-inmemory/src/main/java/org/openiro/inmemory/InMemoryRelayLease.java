package org.openiro.inmemory;

import java.time.Duration;
import java.time.Instant;
import org.openiro.events.port.out.RelayLease;

/** The relay's lease, for relays in one JVM: held by one holder until it expires or is given up. */
public final class InMemoryRelayLease implements RelayLease {

    private String holder;
    private Instant until = Instant.EPOCH;

    @Override
    public synchronized boolean tryHold(String candidate, Instant now, Duration ttl) {
        if (holder != null && !holder.equals(candidate) && until.isAfter(now)) {
            return false;
        }
        holder = candidate;
        until = now.plus(ttl);
        return true;
    }

    @Override
    public synchronized void release(String candidate) {
        if (candidate.equals(holder)) {
            holder = null;
            until = Instant.EPOCH;
        }
    }
}
