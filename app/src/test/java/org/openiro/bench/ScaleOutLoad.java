package org.openiro.bench;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openiro.app.support.ServiceProcess;

/**
 * The {@code scale-out} benchmark (benchmarks.md): the {@code review-write} load ({@link ReviewWriting}) on two
 * instances of the service sharing one PostgreSQL database, the clients split between them, against one instance
 * alone in the same run. Target: report the ratio (two / one) and that no event was published twice; goal 1.8×.
 *
 * <p>Each round starts from nothing: a database created afresh ({@code iro_bench_rw_scale}), the instances started
 * from the jar (ports 18491 and 18492, or free ones) with their outbox relays on against the broker {@code ./iro bench
 * scale-out} starts on 127.0.0.1:19096, seeding through the first, the load, and then, once every row of the outbox
 * is published, the topics read back from the broker ({@link PublishedEvents}). Each round publishes under a topic
 * prefix of its own, so it reads back only its own events. The one-instance round runs first. Instances are stopped
 * and the database dropped after each round, also on failure.
 *
 * <p>System properties: those of {@link ReviewWriting}, {@code bench.scaleKafka} ({@code 127.0.0.1:19096}),
 * {@code bench.pg}, {@code bench.scaleDb} ({@code iro_bench_rw_scale}).
 */
public final class ScaleOutLoad {

    static final double GOAL = 1.8;
    private static final int FIRST_PORT = 18491;

    private final String pg = System.getProperty("bench.pg", "jdbc:postgresql://127.0.0.1:5432");
    private final String db = BenchEnv.database("bench.scaleDb", "rw_scale");
    private final String kafka = BenchEnv.broker("bench.scaleKafka", 19096);
    private final long runId = System.currentTimeMillis();

    private ScaleOutLoad() {
    }

    public static void main(String[] args) throws Exception {
        new ScaleOutLoad().run();
    }

    /** One round's figures: its load and what its relays published. */
    private record Round(int instances, LoadDriver.Result load, PublishedEvents published) {
    }

    private void run() throws Exception {
        Round one;
        Round two;
        try (BenchHttp http = new BenchHttp()) {
            one = round(1, http.client());
            two = round(2, http.client());
        }
        double ratio = two.load.perSecond() / one.load.perSecond();
        boolean exactlyOnce = one.published.exactlyOnce() && two.published.exactlyOnce();
        System.out.println();
        for (Round round : List.of(one, two)) {
            System.out.printf("%d instance(s): %s%n  %s%n", round.instances, round.load.line(),
                    round.published.line());
        }
        System.out.printf("ratio two / one: %.2f (goal >= %.1f: %s); every event published exactly once: %s%n",
                ratio, GOAL, ratio >= GOAL ? "met" : "NOT met", exactlyOnce ? "yes" : "NO");
        BenchResult.print("scale-out", String.format("two instances %,.0f reviews/s; %,d events, %d published twice",
                        two.load.perSecond(), one.published.events() + two.published.events(),
                        one.published.duplicates() + two.published.duplicates()),
                String.format("one instance %,.0f reviews/s", one.load.perSecond()), String.format("%.2f", ratio),
                String.format("report the ratio (goal >= %.1f), no event twice", GOAL), exactlyOnce);
        if (!exactlyOnce) {
            throw new IllegalStateException("events were published twice or never: " + one.published.line() + "; "
                    + two.published.line());
        }
    }

    private Round round(int instances, HttpClient http) throws Exception {
        String topicPrefix = "bench-scale-" + runId + "-" + instances + ".";
        System.out.printf("%n--- %d instance(s), relays publishing to %s under %s ---%n", instances, kafka, topicPrefix);
        BenchDatabase database = new BenchDatabase(pg, db);
        database.create();
        System.out.println("database " + db + " created afresh on " + pg);
        List<ServiceProcess> services = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                int port = ServiceProcess.port(BenchEnv.port(FIRST_PORT + i));
                services.add(ServiceProcess.start("scale-out-" + (i + 1), port, database.url(),
                        Map.of("kafka.bootstrap.servers", kafka, "iro.kafka.topic-prefix", topicPrefix), http));
            }
            ReviewWriting load = new ReviewWriting();
            load.seed(new BenchApi(http, services.get(0).base(), BenchAuthority.adminToken()));
            database.analyze();
            LoadDriver.Result result = load.drive("reviews on " + instances, http, services,
                    database.analyzeOnceReviewsWritten());
            ReviewWriting.describeWrites(database);
            PublishedEvents published = PublishedEvents.readBack(database, kafka, topicPrefix);
            System.out.println(published.line());
            return new Round(instances, result, published);
        } finally {
            services.forEach(ServiceProcess::stop);
            database.drop();
            System.out.println("database " + db + " dropped");
        }
    }
}
