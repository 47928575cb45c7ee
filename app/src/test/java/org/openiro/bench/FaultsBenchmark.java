package org.openiro.bench;

import java.util.UUID;
import org.openiro.app.support.ServiceProcess;
import org.openiro.app.support.TestServices.OwnBroker;

/**
 * The {@code faults} benchmark (issue 22): the service from its jar under a write load on PostgreSQL, publishing to a
 * broker of its own, through ten {@code kill -9}s, SIGTERMs, a broker that hangs and one that is killed, and its
 * database connections terminated; then every acknowledged write and every outbox event accounted for
 * ({@link FaultRun}). It prints the table: load held, faults injected, acknowledged writes lost, events
 * missing, duplicated and out of order, 5xx. Target: none lost, none missing, none out of order, no 500.
 *
 * <p>System properties: {@code bench.faultsKafka} (port of its broker, 19098), {@code bench.faultKills} (10),
 * {@code bench.faultChildren} (120), {@code bench.faultWriters} (8), {@code bench.faultSteps} (writes acknowledged
 * between two faults, 300), {@code bench.pg}, {@code bench.faultsDb} ({@code iro_bench_faults}); names and
 * ports as {@link BenchEnv} moves them.
 */
public final class FaultsBenchmark {

    private final String pg = System.getProperty("bench.pg", "jdbc:postgresql://127.0.0.1:5432");
    private final String db = BenchEnv.database("bench.faultsDb", "faults");
    private final int kafkaPort = BenchEnv.port("bench.faultsKafka", 19098);
    private final int kills = Integer.getInteger("bench.faultKills", 10);
    private final int children = Integer.getInteger("bench.faultChildren", 120);
    private final int writers = Integer.getInteger("bench.faultWriters", 8);
    private final int step = Integer.getInteger("bench.faultSteps", 300);

    private FaultsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        new FaultsBenchmark().run();
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        FaultRun.Settings settings = new FaultRun.Settings("bench", children, writers,
                ServiceProcess.port(BenchEnv.port(18494)),
                "bench-faults-" + UUID.randomUUID().toString().substring(0, 8) + ".", true);
        FaultRun.Report report;
        try (OwnBroker broker = new OwnBroker(kafkaPort).start();
             FaultRun run = FaultRun.start(settings, pg, db, broker)) {
            run.startLoad();
            run.awaitAcknowledged(step);
            for (int kill = 1; kill <= kills; kill++) {
                run.killService();
                run.awaitAcknowledged(step);
                switch (kill) {
                    case 2 -> {
                        run.pauseBroker();
                        run.awaitAcknowledged(step);
                        // Longer than the producer's delivery timeout (15 s): batches in flight fail, and are sent again.
                        Thread.sleep(20_000);
                        run.unpauseBroker();
                    }
                    case 4 -> {
                        run.terminateConnections();
                        run.awaitAcknowledged(step / 3);
                        run.terminateConnections();
                    }
                    case 5, 8 -> run.terminateService();
                    case 6 -> {
                        run.killBroker();
                        run.awaitAcknowledged(step);
                        run.resumeBroker();
                    }
                    case 9 -> run.terminateConnections();
                    default -> {
                    }
                }
                run.awaitAcknowledged(step);
            }
            report = run.finish();
        }
        System.out.println();
        System.out.println(report.table());
        boolean met = report.lost() == 0 && report.events().missing() == 0 && report.events().outOfOrder() == 0
                && report.status500() == 0 && report.refused() == 0;
        System.out.printf("faults: %s in %.0f s%n", met ? "met" : "NOT met", (System.nanoTime() - started) / 1e9);
        BenchResult.print("faults", String.format("%,d writes (%,.0f/s) through %s: %d lost; %,d events, %d missing,"
                        + " %d twice, %d out of order; 5xx %d (500: %d)", report.acknowledged(),
                        report.acknowledged() / report.seconds(), report.faultsLine(), report.lost(),
                        report.events().outboxRows(), report.events().missing(), report.events().duplicates(),
                        report.events().outOfOrder(), report.status5xx(), report.status500()),
                "none: correctness, not speed", "-", "0 lost, 0 missing, 0 out of order, no 500", met);
        if (!met) {
            throw new IllegalStateException("the fault run lost or reordered something: see the table above"
                    + (report.firstRefusal() == null ? "" : "; first refusal: " + report.firstRefusal()));
        }
    }
}
