package org.openiro.persistence.reporting;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.openiro.persistence.shared.BulkWrites;
import org.openiro.reporting.port.out.ReviewCounts.Share;

/** Runs the reports' aggregate queries: binds the parameters in order, reads the one or few rows they answer. */
@Singleton
public class ReportQueries {

    public interface Rows<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final JdbcOperations jdbc;
    private volatile Boolean postgres;

    ReportQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
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
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                return rows.read(rs);
            }
        });
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
