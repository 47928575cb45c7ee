package org.openiro.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * A PostgreSQL database of a benchmark's own, made afresh and dropped at the end, and the properties that point an
 * in-process service at it with nothing running but what the benchmark drives (no demo data, no review scan).
 */
final class BenchDatabase {

    private final String server;
    private final String name;

    /** @param server the JDBC URL of the server, without a database, such as {@code jdbc:postgresql://127.0.0.1:5432} */
    BenchDatabase(String server, String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        this.server = server;
        this.name = name;
    }

    String name() {
        return name;
    }

    String url() {
        return server + "/" + name;
    }

    void create() throws SQLException {
        drop();
        admin("CREATE DATABASE " + name);
    }

    void drop() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    Connection connect(String parameters) throws SQLException {
        return DriverManager.getConnection(url() + parameters, "postgres", "");
    }

    Map<String, Object> serviceProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", url());
        properties.put("datasources.default.username", "postgres");
        properties.put("datasources.default.password", "");
        properties.put("iro.demo.enabled", false);
        properties.put("iro.scan.enabled", false);
        return properties;
    }

    /** A setting of the server, as {@code SHOW} answers it. */
    String setting(String name) throws SQLException {
        try (Connection c = connect("");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW " + name)) {
            return rs.next() ? rs.getString(1) : "?";
        }
    }

    /**
     * Gives the planner statistics of the tables a benchmark seeded, as autovacuum would on a production server soon
     * after a load like that. Without them (autovacuum is off on some machines, and a fresh database has none)
     * PostgreSQL can plan joins as nested loops over every row, and a figure would measure that instead.
     */
    void analyze() throws SQLException {
        analyze("after seeding");
    }

    /** As {@link #analyze()}, saying when in the benchmark it was. */
    void analyze(String when) throws SQLException {
        try (Connection c = connect("");
             Statement s = c.createStatement()) {
            long start = System.nanoTime();
            s.execute("ANALYZE");
            System.out.printf("ANALYZE %s: %.1f s (autovacuum is %s on this server)%n", when,
                    (System.nanoTime() - start) / 1e9, setting("autovacuum"));
        }
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server + "/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
