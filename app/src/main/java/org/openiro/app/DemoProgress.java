package org.openiro.app;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.openiro.shared.UnitOfWork;

/**
 * How far the demo's load has gone ({@code demo_load}, {@code demo_load_stream}), so that a load the service's stop
 * cut short resumes at the next start with the same data: the settings and the day the data was generated for, and
 * each stream of requests answered whole. Only the demo needs it, so it lives here rather than behind a domain port.
 */
@Singleton
class DemoProgress {

    /** A load begun: what it loads, for which day, and when it was whole (null until then). */
    record Begun(long seed, int children, int years, LocalDate generatedFor, Instant startedAt, Instant loadedAt) {
    }

    private final JdbcOperations jdbc;
    private final UnitOfWork unitOfWork;

    DemoProgress(JdbcOperations jdbc, UnitOfWork unitOfWork) {
        this.jdbc = jdbc;
        this.unitOfWork = unitOfWork;
    }

    Optional<Begun> find(String authority) {
        return unitOfWork.inTransaction(() -> jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT seed, children, years, generated_for, started_at,"
                    + " loaded_at FROM demo_load WHERE authority = ?")) {
                s.setString(1, authority);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Begun>empty();
                    }
                    OffsetDateTime loaded = rs.getObject(6, OffsetDateTime.class);
                    return Optional.of(new Begun(rs.getLong(1), rs.getInt(2), rs.getInt(3),
                            rs.getObject(4, LocalDate.class), rs.getObject(5, OffsetDateTime.class).toInstant(),
                            loaded == null ? null : loaded.toInstant()));
                }
            }
        }));
    }

    void begin(String authority, Begun load) {
        update("INSERT INTO demo_load (authority, seed, children, years, generated_for, started_at) VALUES"
                + " (?, ?, ?, ?, ?, ?)", authority, load.seed(), load.children(), load.years(), load.generatedFor(),
                OffsetDateTime.ofInstant(load.startedAt(), ZoneOffset.UTC));
    }

    Set<String> streamsDone(String authority) {
        return unitOfWork.inTransaction(() -> jdbc.execute(c -> {
            Set<String> done = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT stream FROM demo_load_stream WHERE authority = ?")) {
                s.setString(1, authority);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        done.add(rs.getString(1));
                    }
                }
            }
            return done;
        }));
    }

    void streamDone(String authority, String stream) {
        update("INSERT INTO demo_load_stream (authority, stream) VALUES (?, ?)", authority, stream);
    }

    void loaded(String authority, Instant at) {
        update("UPDATE demo_load SET loaded_at = ? WHERE authority = ?", OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
                authority);
    }

    private void update(String sql, Object... values) {
        unitOfWork.run(() -> jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    s.setObject(i + 1, values[i]);
                }
                return s.executeUpdate();
            }
        }));
    }
}
