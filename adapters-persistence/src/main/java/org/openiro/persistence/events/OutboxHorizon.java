package org.openiro.persistence.events;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.openiro.persistence.shared.BulkWrites;
import org.openiro.persistence.shared.TransactionEnds;

/**
 * How far the outbox can be read without missing a row that is still to come (issue 22). An event's sequence is taken
 * when it is inserted, not when its transaction commits, so a long transaction (the review scan, an import) can commit
 * rows numbered below rows already committed by a shorter one. A reader that had gone past them (the relay, a client
 * paging {@code /events?after=}) would publish a child's events out of order, or skip a row for good.
 *
 * <p>So every transaction that writes to the outbox first announces a <em>floor</em>: the highest sequence it can
 * see, below every sequence it will take. Readers go only up to the <em>horizon</em>: the highest committed sequence,
 * and never past the lowest floor of a writer still in flight. On PostgreSQL, where instances share the database, a
 * floor is a shared advisory lock whose key carries it, which the database drops when the transaction ends and every
 * session sees at once in {@code pg_locks}; on the embedded H2, one process, floors are kept in memory and dropped
 * once the transaction has completed.
 *
 * <p>Why it holds: a row at or below the horizon that a reader cannot see yet belongs to a transaction that took its
 * floor before taking the row's sequence, which was before the horizon was read; such a writer is still in flight,
 * so its floor, lower than the row, was counted. A writer that announces itself after the horizon was read takes
 * sequences above everything committed by then. The rows are read by a later statement than the horizon, with a
 * later snapshot, so nothing committed in between is missed either.
 */
@Singleton
class OutboxHorizon {

    /** The high bits of the outbox's advisory lock keys, so they never meet any other lock's. */
    private static final long TAG = 0x4F42L << 48;
    private static final long FLOOR_MASK = (1L << 48) - 1;

    private final TransactionEnds transactionEnds;
    /** The connections whose transaction has announced its floor (one announcement a transaction is enough). */
    private final Map<Connection, Object> announced = new ConcurrentHashMap<>();
    /** H2 only: the floors of the writers in flight, each with how many writers hold it. */
    private final ConcurrentSkipListMap<Long, Integer> floors = new ConcurrentSkipListMap<>();

    OutboxHorizon(TransactionEnds transactionEnds) {
        this.transactionEnds = transactionEnds;
    }

    /**
     * Inserts outbox rows, the transaction announcing its floor first if it has not yet. On PostgreSQL a transaction's
     * first few rows go in one statement with the announcement (issue 23: a review in fewer statements): the insert
     * reads its rows from a join with the floor's subquery, so the lock is taken before any row takes its sequence,
     * exactly as when the announcement is a statement of its own.
     */
    int insert(Connection connection, List<String> columns, List<Object[]> rows, String suffix) throws SQLException {
        transactionEnds.require("writing to the outbox");
        boolean oneStatement = rows.size() <= BulkWrites.ROWS_PER_INSERT
                && !(suffix.isEmpty() && rows.size() >= BulkWrites.COPY_FROM_ROWS)
                && !announced.containsKey(connection) && BulkWrites.isPostgres(connection);
        if (!oneStatement) {
            announceWriter(connection);
            // Many rows with nothing to skip (an import's events): binary COPY, its columns all text and a timestamp.
            return suffix.isEmpty() ? BulkWrites.insertBinary(connection, "outbox_event", columns, rows)
                    : BulkWrites.insert(connection, "outbox_event", columns, rows, suffix);
        }
        Object transaction = new Object();
        if (announced.putIfAbsent(connection, transaction) != null) {
            throw new IllegalStateException("one transaction writing to the outbox from two threads");
        }
        transactionEnds.afterwards("writing to the outbox", () -> announced.remove(connection, transaction));
        String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        String sql = "INSERT INTO outbox_event (" + String.join(", ", columns) + ") SELECT v.* FROM (SELECT m,"
                + " pg_advisory_xact_lock_shared(" + TAG + " + m) FROM (SELECT COALESCE(MAX(sequence), 0) AS m"
                + " FROM outbox_event) highest) floor CROSS JOIN (VALUES "
                + String.join(", ", Collections.nCopies(rows.size(), row)) + ") AS v (" + String.join(", ", columns)
                + ") WHERE floor.m IS NOT NULL" + (suffix.isEmpty() ? "" : " " + suffix);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int at = 1;
            for (Object[] values : rows) {
                at = BulkWrites.bind(statement, at, values);
            }
            return statement.executeUpdate();
        }
    }

    /** Called before a transaction's outbox rows are inserted; the floor holds until the transaction ends. */
    void announceWriter(Connection connection) throws SQLException {
        transactionEnds.require("writing to the outbox");
        Object transaction = new Object();
        if (announced.putIfAbsent(connection, transaction) != null) {
            return;
        }
        boolean postgres = BulkWrites.isPostgres(connection);
        long floor;
        try {
            floor = highestCommitted(connection, postgres);
        } catch (SQLException | RuntimeException e) {
            announced.remove(connection, transaction);
            throw e;
        }
        if (!postgres) {
            floors.merge(floor, 1, Integer::sum);
        }
        transactionEnds.afterwards("writing to the outbox", () -> {
            announced.remove(connection, transaction);
            if (!postgres) {
                floors.computeIfPresent(floor, (f, n) -> n == 1 ? null : n - 1);
            }
        });
    }

    /** On PostgreSQL the same statement takes the lock that shows the floor to every session. */
    private static long highestCommitted(Connection connection, boolean postgres) throws SQLException {
        String sql = postgres
                ? "SELECT m, pg_advisory_xact_lock_shared(" + TAG + " + m) FROM (SELECT COALESCE(MAX(sequence), 0)"
                + " AS m FROM outbox_event) highest"
                : "SELECT COALESCE(MAX(sequence), 0) FROM outbox_event";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The highest sequence a reader may go up to now. Read the rows with a statement of its own after this one, so
     * that its snapshot is the later.
     */
    long horizon(Connection connection) throws SQLException {
        if (BulkWrites.isPostgres(connection)) {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("""
                         SELECT LEAST((SELECT COALESCE(MAX(sequence), 0) FROM outbox_event),
                                      (SELECT COALESCE(MIN((((l.classid::bigint << 32) | l.objid::bigint) & %d)),
                                                       9223372036854775807)
                                       FROM pg_locks l
                                       WHERE l.locktype = 'advisory' AND l.objsubid = 1
                                         AND (l.classid::bigint >> 16) = %d
                                         AND l.database = (SELECT oid FROM pg_database
                                                           WHERE datname = current_database())))"""
                         .formatted(FLOOR_MASK, TAG >>> 48))) {
                rs.next();
                return rs.getLong(1);
            }
        }
        long highest;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(sequence), 0) FROM outbox_event")) {
            rs.next();
            highest = rs.getLong(1);
        }
        // Read after the highest committed: a writer that ends in between has committed by then.
        Map.Entry<Long, Integer> lowest = floors.firstEntry();
        return lowest == null ? highest : Math.min(highest, lowest.getKey());
    }
}
