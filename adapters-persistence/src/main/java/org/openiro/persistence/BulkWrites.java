package org.openiro.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Many rows in few round trips, the same on PostgreSQL and H2: INSERTs of several hundred rows a statement, and
 * UPDATEs sent as JDBC batches. Values are bound with {@code setObject}, which both drivers take for strings, numbers,
 * booleans, {@code LocalDate}s and nulls; instants go as offset date-times.
 */
final class BulkWrites {

    /** Rows a multi-row INSERT carries: well under PostgreSQL's 32,767 parameters for the widest table here. */
    static final int ROWS_PER_INSERT = 500;

    private BulkWrites() {
    }

    /**
     * Inserts the rows, each an array of values in the order of {@code columns}.
     *
     * @param suffix what follows the VALUES list, such as {@code ON CONFLICT DO NOTHING}; empty for nothing
     * @return how many rows were inserted
     */
    static int insert(Connection connection, String table, List<String> columns, List<Object[]> rows, String suffix)
            throws SQLException {
        int inserted = 0;
        String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> slice = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                    + String.join(", ", Collections.nCopies(slice.size(), row)) + (suffix.isEmpty() ? "" : " " + suffix);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int at = 1;
                for (Object[] values : slice) {
                    at = bind(statement, at, values);
                }
                inserted += statement.executeUpdate();
            }
        }
        return inserted;
    }

    /** Runs {@code sql} once for each row's values, in batches; answers how many rows each run changed. */
    static int[] batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return new int[0];
        }
        int[] counts = new int[rows.size()];
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
                int to = Math.min(rows.size(), from + ROWS_PER_INSERT);
                for (Object[] values : rows.subList(from, to)) {
                    bind(statement, 1, values);
                    statement.addBatch();
                }
                int[] done = statement.executeBatch();
                System.arraycopy(done, 0, counts, from, done.length);
            }
        }
        return counts;
    }

    /** {@code ?, ?, ?} for an IN list of {@code n} values. */
    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    static int bind(PreparedStatement statement, int at, Object... values) throws SQLException {
        for (Object value : values) {
            if (value == null) {
                statement.setNull(at++, java.sql.Types.NULL);
            } else if (value instanceof java.time.Instant instant) {
                // The PostgreSQL driver takes an offset date-time for a timestamp with time zone, not an Instant.
                statement.setObject(at++, java.time.OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC));
            } else {
                statement.setObject(at++, value);
            }
        }
        return at;
    }
}
