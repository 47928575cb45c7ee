package org.openiro.persistence.shared;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Many rows in few round trips, the same on PostgreSQL and H2: INSERTs of several hundred rows a statement, and
 * UPDATEs sent as JDBC batches. Values are bound with {@code setObject}, which both drivers take for strings, numbers,
 * booleans, {@code LocalDate}s and nulls; instants go as offset date-times.
 */
public final class BulkWrites {

    /** Rows a multi-row INSERT carries: well under PostgreSQL's 32,767 parameters for the widest table here. */
    public static final int ROWS_PER_INSERT = 500;

    private BulkWrites() {
    }

    /** Below this many rows an INSERT costs no more than COPY's own exchange with the server. */
    public static final int COPY_FROM_ROWS = 100;

    /**
     * Inserts the rows, each an array of values in the order of {@code columns}; on PostgreSQL, many rows at once
     * with COPY.
     *
     * @param suffix what follows the VALUES list, such as {@code ON CONFLICT DO NOTHING}; empty for nothing
     * @return how many rows were inserted
     */
    public static int insert(Connection connection, String table, List<String> columns, List<Object[]> rows, String suffix)
            throws SQLException {
        if (suffix.isEmpty() && rows.size() >= COPY_FROM_ROWS && isPostgres(connection)) {
            return copy(connection, table, columns, rows);
        }
        return inserts(connection, table, columns, rows, suffix, null, null);
    }

    /** Reads the keys the database gave each inserted row, in the order the rows were given. */
    public interface Keys {
        void read(ResultSet keys) throws SQLException;
    }

    /**
     * Inserts the rows with INSERTs and hands back, row by row, the {@code keys} columns the database filled in
     * (generated ids), so that rows referring to them can follow without reading the table again.
     */
    public static void insertReturning(Connection connection, String table, List<String> columns, List<Object[]> rows,
                                String[] keys, Keys read) throws SQLException {
        inserts(connection, table, columns, rows, "", keys, read);
    }

    /** INSERTs of up to {@link #ROWS_PER_INSERT} rows each; {@code keys} null when none are read back. */
    private static int inserts(Connection connection, String table, List<String> columns, List<Object[]> rows,
                               String suffix, String[] keys, Keys read) throws SQLException {
        int inserted = 0;
        String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> slice = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                    + String.join(", ", Collections.nCopies(slice.size(), row)) + (suffix.isEmpty() ? "" : " " + suffix);
            try (PreparedStatement statement = keys == null ? connection.prepareStatement(sql)
                    : connection.prepareStatement(sql, keys)) {
                int at = 1;
                for (Object[] values : slice) {
                    at = bind(statement, at, values);
                }
                inserted += statement.executeUpdate();
                if (keys != null) {
                    try (ResultSet generated = statement.getGeneratedKeys()) {
                        while (generated.next()) {
                            read.read(generated);
                        }
                    }
                }
            }
        }
        return inserted;
    }

    /** Runs {@code sql} once for each row's values, in batches; answers how many rows each run changed. */
    public static int[] batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
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

    public static boolean isPostgres(Connection connection) throws SQLException {
        return connection.isWrapperFor(PGConnection.class);
    }

    /**
     * PostgreSQL's own bulk load, {@code COPY … FROM STDIN}, fed the rows as CSV: several times faster than INSERTs of
     * the same rows, since nothing is parsed or planned per row. Constraints and indexes are kept as for an INSERT.
     */
    private static int copy(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        StringBuilder csv = new StringBuilder(rows.size() * columns.size() * 12);
        for (Object[] values : rows) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csvValue(values[i], csv);
            }
            csv.append('\n');
        }
        try {
            return (int) connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " ("
                    + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("copying into " + table, e);
        }
    }

    /**
     * Inserts the rows as {@link #insert} does, but on PostgreSQL with COPY's binary format: each value goes as the
     * bytes the server keeps (a date as its day number, a number as its bits, text as UTF-8), so that neither the
     * service formats it as text nor the server parses it back, and no quoting is needed. Only for tables whose
     * columns take the Java types as binary COPY writes them: {@code String} text or varchar, {@code LocalDate} date,
     * {@code Boolean} boolean, {@code Integer} integer, {@code Long} bigint, {@code Instant} timestamp with time zone;
     * rows holding any other type go as {@link #insert} sends them.
     *
     * @return how many rows were inserted
     */
    public static int insertBinary(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        if (rows.size() < COPY_FROM_ROWS || !isPostgres(connection) || !BinaryCopy.writes(rows)) {
            return insert(connection, table, columns, rows, "");
        }
        return BinaryCopy.copy(connection.unwrap(PGConnection.class), table, columns, rows);
    }

    /**
     * A bigint not known when the rows are made: the {@code index}-th of the ids the write takes for them (a period of
     * care's, which its legal statuses and placements refer to), filled in by {@link Prepared#insert}.
     */
    public record IdOf(int index) {
    }

    /**
     * Rows made ready to insert ahead of the statement, off the connection's thread: on PostgreSQL, the binary COPY's
     * whole stream, so the connection then only sends it. Made where the database is not yet known (or the rows are
     * too few for COPY, or of a type it does not write), the rows are kept and inserted as {@link #insertBinary} does.
     */
    public static final class Prepared {
        private final String table;
        private final List<String> columns;
        private final List<Object[]> rows;
        private final BinaryCopy.Encoded encoded;

        private Prepared(String table, List<String> columns, List<Object[]> rows, BinaryCopy.Encoded encoded) {
            this.table = table;
            this.columns = columns;
            this.rows = rows;
            this.encoded = encoded;
        }

        public int rows() {
            return encoded == null ? rows.size() : encoded.rows();
        }

        /** Inserts the rows, each {@link IdOf} the id at its index in {@code ids}; answers how many went in. */
        public int insert(Connection connection, long[] ids) throws SQLException {
            if (encoded != null && isPostgres(connection)) {
                return encoded.send(connection.unwrap(PGConnection.class), ids);
            }
            List<Object[]> values = rows;
            if (ids.length > 0) {
                values = rows.stream().map(row -> {
                    Object[] filled = row.clone();
                    for (int i = 0; i < filled.length; i++) {
                        if (filled[i] instanceof IdOf id) {
                            filled[i] = ids[id.index()];
                        }
                    }
                    return filled;
                }).toList();
            }
            return insertBinary(connection, table, columns, values);
        }
    }

    /**
     * The rows made ready to insert; {@code postgres} whether they go to PostgreSQL, where known (a connection's
     * {@link #isPostgres}): only then is the COPY's stream made ahead.
     */
    public static Prepared prepare(boolean postgres, String table, List<String> columns, List<Object[]> rows) {
        if (postgres && rows.size() >= COPY_FROM_ROWS && BinaryCopy.writes(rows)) {
            return new Prepared(table, columns, null, BinaryCopy.encode(table, columns, rows));
        }
        return new Prepared(table, columns, rows, null);
    }

    /** A value as COPY's CSV reads it: nothing for null, text quoted (so an empty string stays one). */
    private static void csvValue(Object value, StringBuilder csv) {
        if (value == null) {
            return;
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof java.time.LocalDate) {
            csv.append(value);
            return;
        }
        String text = value instanceof java.time.Instant instant
                ? java.time.OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC).toString() : value.toString();
        csv.append('"').append(text.replace("\"", "\"\"")).append('"');
    }

    /**
     * Ids for {@code n} new rows of {@code table}, taken from its identity column's sequence, so that rows referring to
     * them can be loaded with COPY too. PostgreSQL only.
     *
     * <p>The sequence is found once a statement, in a subquery {@code OFFSET 0} keeps from being merged into the
     * select list: written inside {@code nextval(…)}, {@code pg_get_serial_sequence} (a catalogue look-up) ran once
     * for every id, six times the cost of the {@code nextval} itself (an import's 102,699 period ids: 0.25 s of its
     * backend's CPU; issue 23, tenth step).
     */
    public static long[] nextIds(Connection connection, String table, int n) throws SQLException {
        long[] ids = new long[n];
        try (PreparedStatement next = connection.prepareStatement("SELECT nextval(q.seq) FROM (SELECT"
                + " pg_get_serial_sequence(?, 'id')::regclass AS seq OFFSET 0) q CROSS JOIN generate_series(1, ?)")) {
            next.setString(1, table);
            next.setInt(2, n);
            try (ResultSet rs = next.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    ids[i] = rs.getLong(1);
                }
            }
        }
        return ids;
    }

    public static int bind(PreparedStatement statement, int at, Object... values) throws SQLException {
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
