package org.openiro.persistence;

import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.openiro.shared.UnitOfWork;

/**
 * The two databases the service runs on, each migrated by Flyway as the service migrates it, for the mapping tests
 * that write a value and read it back on both: H2 in PostgreSQL mode, as the embedded default runs it, and
 * PostgreSQL. PostgreSQL is a database of its own beside {@code IRO_TEST_DB_URL} ({@code ./iro test}'s, name +
 * {@code _mapping}), made afresh on first use: the values written here are the widest and oddest the columns take,
 * and the app's tests sharing its database would see them (the relay would try to publish the outbox rows).
 * Each is started once, for every test that asks, and closed when the tests' JVM ends.
 */
public enum Database {

    H2("jdbc:h2:mem:mapping;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa"),
    POSTGRESQL(postgresUrl(), "postgres");

    private final String url;
    private final String username;
    private ApplicationContext context;

    Database(String url, String username) {
        this.url = url;
        this.username = username;
    }

    private static String postgresUrl() {
        String shared = System.getenv().getOrDefault("IRO_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/iro_test");
        int query = shared.indexOf('?');
        return query < 0 ? shared + "_mapping" : shared.substring(0, query) + "_mapping" + shared.substring(query);
    }

    /** The service's persistence beans over this database, its schema migrated. */
    public synchronized ApplicationContext context() {
        if (context == null) {
            if (this == POSTGRESQL) {
                createAfresh();
            }
            context = ApplicationContext.builder()
                    .deduceEnvironment(false)
                    // The app's DomainWiring gives the clock; the adapters stamp rows with it.
                    .singletons(Clock.systemUTC())
                    .properties(Map.of(
                            "datasources.default.url", url,
                            "datasources.default.username", username,
                            "datasources.default.password", "",
                            "datasources.default.dialect", "POSTGRES",
                            "datasources.default.maximum-pool-size", 2,
                            "flyway.datasources.default.enabled", true,
                            "flyway.datasources.default.locations", "classpath:db/migration/common"))
                    .start();
            ApplicationContext started = context;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    /** The work in one transaction, as the service's use cases run theirs (the adapters' SQL needs one). */
    public <T> T inTransaction(Supplier<T> work) {
        return bean(UnitOfWork.class).inTransaction(work);
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** A fresh code, so that tests on one database never meet each other's rows. */
    public static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * The longest text {@code table.column} holds, from the schema itself: as many characters as its declared length,
     * with letters outside ASCII (a byte-counting column or encoding would cut it short); null for an unbounded text.
     */
    public String longest(String table, String column) {
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("SELECT character_maximum_length FROM information_schema.columns"
                     + " WHERE LOWER(table_name) = ? AND LOWER(column_name) = ?")) {
            s.setString(1, table);
            s.setString(2, column);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no column " + table + "." + column);
                }
                long length = rs.getLong(1);
                if (rs.wasNull() || length > 100_000) {
                    return null;
                }
                return text((int) length);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code length} characters: "Zoë Ñ" repeated, so that the end of the text shows any truncation. */
    public static String text(int length) {
        String pattern = "Zoë Ñ-";
        StringBuilder out = new StringBuilder(length);
        while (out.length() < length) {
            out.append(pattern.charAt(out.length() % pattern.length()));
        }
        return out.toString();
    }

    /** A valid email address exactly {@code length} characters long (the domain's shape: 64 before the @ at most). */
    public static String email(int length) {
        String local = "a".repeat(Math.min(64, length - 8));
        String domain = "b".repeat(length - local.length() - 1 - ".example".length());
        return local + "@" + domain + ".example";
    }

    /** Adds the authority a row refers to (most tables' authority references it). */
    public void authority(String code) {
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("INSERT INTO authority (code, name, policy, updated_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP)")) {
            s.setString(1, code);
            s.setString(2, code);
            s.setString(3, "{}");
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a child of {@code authority} (which it adds too, when new) for rows that refer to a child. */
    public void child(String authority, String childId) {
        try (Connection c = connect()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO authority (code, name, policy, updated_at)"
                    + " SELECT ?, ?, '{}', CURRENT_TIMESTAMP WHERE NOT EXISTS (SELECT 1 FROM authority WHERE code = ?)")) {
                s.setString(1, authority);
                s.setString(2, authority);
                s.setString(3, authority);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO child (authority, child_id, date_of_birth, gender,"
                    + " ethnicity, uasc, disability) VALUES (?, ?, DATE '2010-01-01', 'female', 'WBRI', FALSE, FALSE)")) {
                s.setString(1, authority);
                s.setString(2, childId);
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one row {@code sql} selects, each column read as the type given for it. */
    public List<Object> row(String sql, Class<?>... types) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("no row: " + sql);
            }
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < types.length; i++) {
                Object value = types[i] == Instant.class ? rs.getObject(i + 1, OffsetDateTime.class) : rs.getObject(i + 1, types[i]);
                row.add(value instanceof OffsetDateTime t ? t.toInstant() : value);
            }
            return row;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection of its own, outside the service's transactions, to the migrated database. */
    private Connection connect() throws SQLException {
        context();
        return DriverManager.getConnection(url, username, "");
    }

    private void createAfresh() {
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?');
        String name = url.substring(slash + 1, query < 0 ? url.length() : query);
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("an unexpected database name: " + name);
        }
        try (Connection c = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", username, "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not make the mapping tests' database " + name, e);
        }
    }
}
