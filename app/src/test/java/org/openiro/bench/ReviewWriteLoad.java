package org.openiro.bench;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import org.openiro.app.support.ServiceProcess;

/**
 * The {@code review-write} benchmark (benchmarks.md): {@code POST …/reviews}, each with its outbox rows and its audit
 * row, from 8 concurrent clients for 30 s against the real service on PostgreSQL, held against {@code pgbench -c 8
 * -j 2 -T 30} (TPC-B-like) on the same server in the same run. Target: report the ratio of the service's reviews a
 * second to pgbench's transactions a second; goal at least 50 %.
 *
 * <p>The service runs from its jar as a process of its own ({@link ServiceProcess}, port 18490 or a free one, no
 * broker: events wait in the outbox) on a database of its own ({@code iro_bench_rw}); {@link ReviewWriting} seeds it
 * and drives the load, and fails the benchmark when more than 1 % of the requests fail. Then pgbench initialises
 * a database of its own ({@code iro_bench_rw_pgbench}, scale 10) and runs. Both databases are dropped and the service
 * stopped at the end, also on failure; Ctrl-C stops the service, and the next run drops what was left.
 *
 * <p>System properties: those of {@link ReviewWriting}, {@code bench.pgbenchSeconds} (30), {@code bench.pgbenchScale}
 * (10), {@code bench.pgbench} (the program), {@code bench.pg} ({@code jdbc:postgresql://127.0.0.1:5432}),
 * {@code bench.writeDb} ({@code iro_bench_rw}), {@code bench.pgbenchDb} ({@code iro_bench_rw_pgbench}), those of
 * {@link StatementCount}; names and ports as {@link BenchEnv} moves them.
 *
 * <p>After the load, with the service stopped, {@link StatementCount} counts the statements a review at the JDBC
 * driver on the same database.
 */
public final class ReviewWriteLoad {

    static final double GOAL = 0.5;
    /** Issue 23: at most this many statements a review, {@code BEGIN} and {@code COMMIT} not counted. */
    static final int STATEMENTS_TARGET = 10;
    private static final int PGBENCH_THREADS = 2;

    private final String pg = System.getProperty("bench.pg", "jdbc:postgresql://127.0.0.1:5432");
    private final String db = BenchEnv.database("bench.writeDb", "rw");
    private final String pgbenchDb = BenchEnv.database("bench.pgbenchDb", "rw_pgbench");
    private final int pgbenchSeconds = Integer.getInteger("bench.pgbenchSeconds", 30);
    private final int pgbenchScale = Integer.getInteger("bench.pgbenchScale", 10);

    private ReviewWriteLoad() {
    }

    public static void main(String[] args) throws Exception {
        new ReviewWriteLoad().run();
    }

    private void run() throws Exception {
        ReviewWriting load = new ReviewWriting();
        Measured measured;
        try (BenchHttp http = new BenchHttp()) {
            measured = serviceRun(load, http.client());
        }
        LoadDriver.Result service = measured.load();
        double tps = new Pgbench(pg, pgbenchDb).tps(pgbenchScale, load.clients, PGBENCH_THREADS, pgbenchSeconds);

        double ratio = service.perSecond() / tps;
        System.out.println();
        System.out.println(service.line());
        System.out.printf("pgbench: %,.1f tps (%d clients, %d s)%n", tps, load.clients, pgbenchSeconds);
        System.out.printf("ratio reviews/s / pgbench tps: %.2f (goal >= %.2f: %s)%n", ratio, GOAL,
                ratio >= GOAL ? "met" : "NOT met");
        System.out.printf("statements a review (BEGIN and COMMIT not counted): %.1f (target <= %d: %s)%n",
                measured.statements(), STATEMENTS_TARGET, measured.statements() <= STATEMENTS_TARGET ? "met"
                        : "NOT met");
        BenchResult.print("review-write", String.format("%,.0f reviews/s (p50 %.1f ms, p95 %.1f ms, %d clients); "
                                + "%.1f statements a review", service.perSecond(), service.p50(), service.p95(),
                        load.clients, measured.statements()),
                String.format("pgbench %,.0f tps", tps), String.format("%.2f", ratio),
                String.format("report the ratio (goal >= %.2f)", GOAL), true);
    }

    /** The timed load, and the statements a review counted after it. */
    private record Measured(LoadDriver.Result load, double statements) {
    }

    /**
     * The service on a fresh database, seeded and loaded, then stopped, and the statements a review counted on the
     * same database; the service stopped and the database dropped whatever happens.
     */
    private Measured serviceRun(ReviewWriting load, HttpClient http) throws Exception {
        BenchDatabase database = new BenchDatabase(pg, db);
        database.create();
        System.out.println("database " + db + " created afresh on " + pg);
        try {
            LoadDriver.Result result;
            try (ServiceProcess service = ServiceProcess.start("review-write",
                    ServiceProcess.port(BenchEnv.port(18490)), database.url(), Map.of(), http)) {
                load.seed(new BenchApi(http, service.base(), BenchAuthority.adminToken()));
                database.analyze();
                result = load.drive("reviews", http, List.of(service), database.analyzeOnceReviewsWritten());
                ReviewWriting.describeWrites(database);
            }
            return new Measured(result, new StatementCount().perReview(database, load, http));
        } finally {
            database.drop();
            System.out.println("database " + db + " dropped");
        }
    }
}
