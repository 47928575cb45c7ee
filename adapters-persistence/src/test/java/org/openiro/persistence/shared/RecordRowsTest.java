package org.openiro.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedProperty;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows read into row records by column position, on H2 and PostgreSQL: NULLs, primitives and mapped names. */
class RecordRowsTest {

    record Sample(@Nullable Long id, String childId, @Nullable LocalDate endDate, @Nullable Integer sequence,
                  @MappedProperty("over_20_miles") @Nullable Boolean over20Miles, boolean startKnown, int count,
                  long total) {
    }

    private static List<Sample> read(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE sample (id BIGINT, child_id VARCHAR(36), end_date DATE, sequence INTEGER,"
                    + " over_20_miles BOOLEAN, start_known BOOLEAN, count INTEGER, total BIGINT)");
            s.execute("INSERT INTO sample VALUES (NULL, 'a', NULL, NULL, NULL, NULL, NULL, NULL),"
                    + " (7, 'b', DATE '2024-02-29', 3, TRUE, TRUE, 4, 5)");
            List<Sample> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT t.* FROM sample t ORDER BY child_id")) {
                RecordRows.Reader<Sample> reader = RecordRows.of(Sample.class).reading(rs);
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
            return out;
        }
    }

    @Test
    void on_h2_in_postgresql_mode() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:rr;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")) {
            assertThat(read(c)).containsExactly(new Sample(null, "a", null, null, null, false, 0, 0),
                    new Sample(7L, "b", LocalDate.of(2024, 2, 29), 3, true, true, 4, 5));
        }
    }

    @Test
    void on_postgresql() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres",
                "")) {
            assertThat(read(c)).containsExactly(new Sample(null, "a", null, null, null, false, 0, 0),
                    new Sample(7L, "b", LocalDate.of(2024, 2, 29), 3, true, true, 4, 5));
        }
    }
}
