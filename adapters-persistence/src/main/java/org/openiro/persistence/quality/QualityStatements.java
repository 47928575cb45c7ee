package org.openiro.persistence.quality;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain statements for the quality assurance tables, whose keys span several columns: parameters bound in order
 * (strings, whole numbers, booleans, dates, and nulls), rows read by a function of the result set.
 */
@Singleton
class QualityStatements {

    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final JdbcOperations jdbc;

    QualityStatements(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    <T> List<T> list(String sql, Row<T> row, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            set(statement, parameters);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
            }
            return rows;
        });
    }

    int update(String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            set(statement, parameters);
            return statement.executeUpdate();
        });
    }

    /** The same statement once for each list of parameters, in one batch. */
    void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, statement -> {
            for (Object[] parameters : rows) {
                set(statement, parameters);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    private static void set(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof LocalDate date) {
                statement.setDate(i + 1, Date.valueOf(date));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
