package org.openiro.persistence.reporting;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report's counts kept between reports on PostgreSQL, exact by the database's change log and the snapshots
 * (docs/decisions.md, "The report's counts kept between reports").
 *
 * <p>Each result of a reporting port's call (the {@code Jdbc*Counts}, wrapped by {@link CachedCounts}) is kept with
 * the snapshot of the transaction that computed it. A later call, in a REPEATABLE READ, read-only transaction (a
 * report's: {@code UnitOfWork.readTogether}), first reads in that transaction its snapshot and the authority's change
 * rows ({@code report_change}, written by triggers: {@code V85}) since the oldest kept entry's {@code xmin}, once a
 * transaction; an entry is used only when its snapshot sees nothing the caller's does not, and no change the caller
 * sees and the entry's snapshot did not is of a family the entry depends on (for a dated family, on a day on or before
 * the last day the entry counts). So a report counts the data as it stood at its own snapshot, whichever instance
 * computed the entry and whoever wrote since. Other transactions (READ COMMITTED ones see a new snapshot a statement)
 * and H2 go to the database as before.
 */
@Singleton
public class ReportCache {

    private static final Logger LOG = LoggerFactory.getLogger(ReportCache.class);

    /** A family of changes an entry depends on; a dated one only for changes on or before the entry's last day. */
    record Dependency(String family, boolean dated) {
    }

    private record Change(String family, long xid, LocalDate onDay) {
    }

    private record Entry(Object value, Snapshot snapshot, Instant at, LocalDate lastDay, List<Dependency> depends) {
    }

    /** What a transaction sees of one authority: its snapshot, and the change rows since {@code since}. */
    private record View(boolean usable, Snapshot snapshot, Instant at, long since, List<Change> changes) {
    }

    private final ReportQueries queries;
    private final TransactionOperations<Connection> transactions;
    private final boolean enabled;
    private final Duration maxAge;
    private final Duration changesKept;
    private final Map<List<Object>, Entry> entries;
    private final Map<Object, Map<String, View>> views = new WeakHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    ReportCache(ReportQueries queries, TransactionOperations<Connection> transactions,
                @Value("${iro.report-cache.enabled:true}") boolean enabled,
                @Value("${iro.report-cache.entries:20000}") int maxEntries,
                @Value("${iro.report-cache.max-age:1h}") Duration maxAge) {
        this.queries = queries;
        this.transactions = transactions;
        this.enabled = enabled;
        this.maxAge = maxAge;
        // The change rows outlive the oldest entry that may read them by as long again (see purge()).
        this.changesKept = maxAge.multipliedBy(2);
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Object>, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** Forgets every entry: the next reports compute afresh (the benchmark's "afresh" figure). */
    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    /** Calls answered from an entry, and calls computed, since the start. */
    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    /**
     * The value kept under {@code key} (the authority first) if it is exact for the caller's snapshot, else
     * {@code compute}'s, kept.
     */
    Object get(String authority, List<Object> key, LocalDate lastDay, List<Dependency> depends,
               Supplier<Object> compute) {
        if (!enabled || !queries.postgres()) {
            return compute.get();
        }
        Object transaction = transactions.findTransactionStatus().orElse(null);
        if (transaction == null) {
            return compute.get();
        }
        View view = view(transaction, authority);
        if (!view.usable()) {
            return compute.get();
        }
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry != null && exact(entry, view)) {
            hits.incrementAndGet();
            return entry.value();
        }
        misses.incrementAndGet();
        Object value = compute.get();
        synchronized (entries) {
            entries.put(key, new Entry(value, view.snapshot(), view.at(), lastDay, depends));
        }
        return value;
    }

    private boolean exact(Entry entry, View view) {
        Snapshot kept = entry.snapshot();
        if (kept.xmin() < view.since() || !kept.seenBy(view.snapshot())) {
            return false;
        }
        if (Duration.between(entry.at(), view.at()).compareTo(maxAge) > 0) {
            // Older than the change rows are kept for (see purge()).
            return false;
        }
        for (Change change : view.changes()) {
            if (kept.visible(change.xid()) || !touches(change, entry)) {
                continue;
            }
            return false;
        }
        return true;
    }

    private static boolean touches(Change change, Entry entry) {
        if (change.family().equals("all")) {
            return true;
        }
        for (Dependency d : entry.depends()) {
            if (d.family().equals(change.family())) {
                if (!d.dated() || change.onDay() == null || entry.lastDay() == null
                        || !change.onDay().isAfter(entry.lastDay())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Once a transaction and authority: its snapshot, whether it is one snapshot for the whole transaction (REPEATABLE
     * READ or SERIALIZABLE, read-only), and the authority's changes since the oldest entry kept of it (entries older
     * than the age kept are dropped first).
     */
    private View view(Object transaction, String authority) {
        synchronized (views) {
            View seen = views.computeIfAbsent(transaction, t -> new HashMap<>()).get(authority);
            if (seen != null) {
                return seen;
            }
        }
        long since = Long.MAX_VALUE;
        synchronized (entries) {
            Instant now = Instant.now();
            List<List<Object>> old = new ArrayList<>();
            for (Map.Entry<List<Object>, Entry> e : entries.entrySet()) {
                if (!e.getKey().get(0).equals(authority)) {
                    continue;
                }
                if (Duration.between(e.getValue().at(), now).compareTo(maxAge) > 0) {
                    old.add(e.getKey());
                } else {
                    since = Math.min(since, e.getValue().snapshot().xmin());
                }
            }
            old.forEach(entries::remove);
        }
        long from = since;
        View view = queries.query("""
                SELECT CAST(s.snap AS text), s.at, current_setting('transaction_isolation'),
                  current_setting('transaction_read_only'), c.family, CAST(c.xid AS text), c.on_day
                FROM (SELECT pg_current_snapshot() AS snap, now() AS at) s
                LEFT JOIN report_change c ON c.authority IN (?, '*') AND c.xid >= CAST(? AS xid8)""", rs -> {
                    Snapshot snapshot = null;
                    Instant at = null;
                    boolean usable = false;
                    List<Change> changes = new ArrayList<>();
                    while (rs.next()) {
                        if (snapshot == null) {
                            snapshot = Snapshot.parse(rs.getString(1));
                            at = rs.getObject(2, OffsetDateTime.class).toInstant();
                            usable = Set.of("repeatable read", "serializable").contains(rs.getString(3))
                                    && "on".equals(rs.getString(4));
                        }
                        if (rs.getString(5) != null) {
                            LocalDate day = rs.getObject(7, LocalDate.class);
                            changes.add(new Change(rs.getString(5), Long.parseUnsignedLong(rs.getString(6)), day));
                        }
                    }
                    return new View(usable, snapshot, at, from, changes);
                }, authority, Long.toUnsignedString(from == Long.MAX_VALUE ? Long.MAX_VALUE : from));
        synchronized (views) {
            views.computeIfAbsent(transaction, t -> new HashMap<>()).put(authority, view);
        }
        return view;
    }

    /**
     * Deletes the change rows no entry can need: those of transactions older than the oldest running when a horizon
     * was taken {@code changesKept} ago (an entry is used for {@code maxAge} at most, and a snapshot's {@code xmin}
     * never goes back, so every entry in use has a later {@code xmin} than that horizon's). Each run takes a horizon.
     * Safe in every instance at once.
     */
    @Scheduled(fixedDelay = "${iro.report-cache.purge-interval:10m}", initialDelay = "5m")
    void purge() {
        if (!queries.postgres()) {
            return;
        }
        try {
            transactions.executeWrite(status -> {
                try (Statement s = status.getConnection().createStatement()) {
                    s.execute("INSERT INTO report_change_horizon (taken_at, oldest)"
                            + " SELECT clock_timestamp(), pg_snapshot_xmin(pg_current_snapshot())");
                    String horizon = "(SELECT max(taken_at) FROM report_change_horizon"
                            + " WHERE taken_at < clock_timestamp() - interval '" + changesKept.toSeconds()
                            + " seconds')";
                    int deleted = s.executeUpdate("DELETE FROM report_change WHERE xid < (SELECT oldest FROM"
                            + " report_change_horizon WHERE taken_at = " + horizon + " LIMIT 1)");
                    s.executeUpdate("DELETE FROM report_change_horizon WHERE taken_at < " + horizon);
                    LOG.debug("deleted {} report change rows", deleted);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("could not delete old report change rows: {}", e.toString());
        }
    }
}
