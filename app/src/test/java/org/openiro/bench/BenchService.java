package org.openiro.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openiro.app.support.ServiceProcess;

/**
 * The real service from its jar on a PostgreSQL database made for one benchmark: created afresh, and at the end (also
 * on Ctrl-C) the service stopped and the database dropped, unless {@code bench.keep} asks to leave both for a look.
 */
final class BenchService implements AutoCloseable {

    private final String db;
    private final boolean keep = Boolean.getBoolean("bench.keep");
    private final BenchDatabase database;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread hook;
    private volatile ServiceProcess service;
    private volatile boolean databaseCreated;

    /** @param name the benchmark's, naming its database ({@code bench.db} overrides) and its log */
    private BenchService(String name) {
        this.db = BenchEnv.database("bench.db", name);
        this.database = new BenchDatabase(System.getProperty("bench.pg", "jdbc:postgresql://127.0.0.1:5432"), db);
        this.hook = new Thread(this::cleanUp, name + "-bench-cleanup");
    }

    static BenchService start(String name, int defaultPort, HttpClient http) throws Exception {
        BenchService started = new BenchService(name);
        Runtime.getRuntime().addShutdownHook(started.hook);
        try {
            started.database.create();
            started.databaseCreated = true;
            System.out.println("database " + started.db + " created afresh on " + started.database.url());
            started.service = ServiceProcess.start(name, ServiceProcess.port(BenchEnv.port("bench.port", defaultPort)),
                    started.database.url(), Map.of(), http);
            return started;
        } catch (Exception | Error e) {
            started.close();
            throw e;
        }
    }

    URI base() {
        return service.base();
    }

    BenchDatabase database() {
        return database;
    }

    @Override
    public void close() {
        cleanUp();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Already running the hook: nothing left to remove.
        }
    }

    private void cleanUp() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        ServiceProcess s = service;
        if (keep) {
            if (s != null) {
                s.keep();
            }
            System.out.println("bench.keep: leaving the service (pid " + (s == null ? "-" : s.pid()) + ") on "
                    + (s == null ? "-" : s.base()) + " and the database " + db);
            return;
        }
        if (s != null) {
            s.stop();
        }
        if (databaseCreated) {
            try {
                database.drop();
                System.out.println("database " + db + " dropped");
            } catch (SQLException e) {
                System.err.println("could not drop database " + db + ": " + e.getMessage());
            }
        }
    }
}
