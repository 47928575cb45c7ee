package org.openiro.persistence.reporting;

import java.util.Arrays;

/**
 * A PostgreSQL snapshot as {@code pg_current_snapshot()} gives it ({@code xmin:xmax:xip,...}): which transactions' work
 * it sees. A transaction is visible when it is before {@code xmin}, or before {@code xmax} and not among those in
 * progress ({@code xip}), exactly as PostgreSQL decides it for committed transactions (a transaction that aborted left
 * no rows to see, so whether it counts as visible does not matter here).
 */
record Snapshot(long xmin, long xmax, long[] inProgress) {

    static Snapshot parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a snapshot: " + text);
        }
        long[] xip = parts[2].isEmpty() ? new long[0]
                : Arrays.stream(parts[2].split(",")).mapToLong(Long::parseUnsignedLong).sorted().toArray();
        return new Snapshot(Long.parseUnsignedLong(parts[0]), Long.parseUnsignedLong(parts[1]), xip);
    }

    boolean visible(long xid) {
        return xid < xmin || (xid < xmax && Arrays.binarySearch(inProgress, xid) < 0);
    }

    /**
     * Whether everything this snapshot sees, {@code later} sees too: no transaction is seen here and not there. Every
     * transaction before this one's {@code xmax} that it sees must be neither at or after {@code later}'s
     * {@code xmax} nor in progress for {@code later}.
     */
    boolean seenBy(Snapshot later) {
        if (xmax > later.xmax) {
            return false;
        }
        for (long x : later.inProgress) {
            if (x < xmax && Arrays.binarySearch(inProgress, x) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Snapshot s && s.xmin == xmin && s.xmax == xmax && Arrays.equals(s.inProgress, inProgress);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(xmin) * 31 + Long.hashCode(xmax);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(xmin).append(':').append(xmax).append(':');
        for (int i = 0; i < inProgress.length; i++) {
            text.append(i == 0 ? "" : ",").append(inProgress[i]);
        }
        return text.toString();
    }
}
