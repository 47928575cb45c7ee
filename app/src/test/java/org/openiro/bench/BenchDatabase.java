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

    /** A fresh copy of {@code template} under this database's name ({@code CREATE DATABASE ... TEMPLATE}). */
    void createFrom(BenchDatabase template) throws SQLException {
        drop();
        admin("CREATE DATABASE " + name + " TEMPLATE " + template.name);
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

    /**
     * What a review-writing load runs halfway through its warm-up: statistics again once the reviews table has rows,
     * as autovacuum's analyze would have given them by then on a production server ({@code bench.analyzeInWarmup},
     * true). Analyzed empty after the seeding, the table gave the planner no way to tell its two indexes that begin
     * with the authority apart, and it read a child's reviews through {@code review_held_by_authority}, fetching
     * every review of the authority (issue 23, sixth step). {@code -Dbench.analyzeInWarmup=false} measures as before.
     */
    Runnable analyzeOnceReviewsWritten() {
        return () -> {
            if (!Boolean.parseBoolean(System.getProperty("bench.analyzeInWarmup", "true"))) {
                return;
            }
            try {
                analyze("halfway through the warm-up, the reviews table no longer empty");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server + "/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
