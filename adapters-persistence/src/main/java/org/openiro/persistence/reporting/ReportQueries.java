package org.openiro.persistence.reporting;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.openiro.persistence.shared.BulkWrites;
import org.openiro.reporting.port.out.ReviewCounts.Share;
import org.postgresql.PGStatement;

/**
 * Runs the reports' aggregate queries: binds the parameters in order, reads the one or few rows they answer.
 *
 * <p>On PostgreSQL each query runs on the generic plan of a statement prepared on the server from its first use
 * (docs/benchmarks.md, {@code report}, issue 23's seventh step; docs/decisions.md). A report's statements are the
 * same few dozen every time, with an authority and dates as parameters: planned afresh for each report (PostgreSQL's
 * custom plans, which it keeps choosing for some of them), they cost the median authority's report about a fifth of
 * its time in planning, and the largest authority's custom plans start parallel workers and compile with the JIT,
 * which lose here (its reviews held: 205 ms with them, 48 without). The generic plans measured as fast or faster for
 * both.
 */
@Singleton
public class ReportQueries {

    public interface Rows<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    /** The transactions whose queries are already told to use generic plans (forgotten with the transaction). */
    private final Set<Object> generic = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private volatile Boolean postgres;

    ReportQueries(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Whether the database is PostgreSQL (else the embedded H2), for the few queries each plans best its own way. */
    boolean postgres() {
        if (postgres == null) {
            postgres = jdbc.execute(connection -> BulkWrites.isPostgres(connection));
        }
        return postgres;
    }

    /** {@code parameters}: strings and dates, bound in order. */
    public <T> T query(String sql, Rows<T> rows, Object... parameters) {
        return run(sql, rows, postgres(), parameters);
    }

    /**
     * The rows of an export, in order: read once a request, so planned as PostgreSQL sees fit for its parameters
     * (its custom plans), not by {@link #query}'s rule for the reports' aggregates.
     */
    public <T> T rows(String sql, Rows<T> rows, Object... parameters) {
        return run(sql, rows, false, parameters);
    }

    private <T> T run(String sql, Rows<T> rows, boolean planOnce, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            if (planOnce) {
                genericPlans(statement.getConnection());
                statement.unwrap(PGStatement.class).setPrepareThreshold(1);
            }
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                return rows.read(rs);
            }
        });
    }

    /** Once a transaction, before its first report query: the rest of the transaction runs on generic plans. */
    private void genericPlans(Connection connection) throws SQLException {
        Object transaction = transactions.findTransactionStatus().orElse(null);
        if (transaction != null && generic.add(transaction)) {
            try (Statement set = connection.createStatement()) {
                set.execute("SET LOCAL plan_cache_mode = force_generic_plan");
            }
        }
    }

    /** A count per key: the first column is the key (rows with none are left out), the second the count. */
    Map<String, Long> grouped(String sql, Object... parameters) {
        return query(sql, rs -> {
            Map<String, Long> counts = new HashMap<>();
            while (rs.next()) {
                if (rs.getString(1) != null) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
            return counts;
        }, parameters);
    }

    /** A query answering one row of two counts: of how many, and how many of them met the test. */
    Share share(String sql, Object... parameters) {
        return query(sql, rs -> rs.next() ? new Share(rs.getLong(1), rs.getLong(2)) : Share.NONE, parameters);
    }

    long count(String sql, Object... parameters) {
        return query(sql, rs -> rs.next() ? rs.getLong(1) : 0L, parameters);
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object parameter = parameters[i];
            if (parameter instanceof LocalDate date) {
                statement.setDate(i + 1, Date.valueOf(date));
            } else if (parameter instanceof String text) {
                statement.setString(i + 1, text);
            } else {
                throw new IllegalArgumentException("a report query binds strings and dates, not " + parameter);
            }
        }
    }
}
