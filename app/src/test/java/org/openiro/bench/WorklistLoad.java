package org.openiro.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code worklist} benchmark (benchmarks.md): IRO worklists under 50 concurrent users for 60 s, the load driver on
 * the same machine, against the same driver on {@code GET /health}; target p95 &lt; 50 ms, goal p95 &lt; 20 ms.
 *
 * <p>It creates a PostgreSQL database of its own, starts the real service from its jar as a separate process on it,
 * seeds one authority through the HTTP API (20 IROs, 1,000 children in care, about a third with reviews held, each
 * allocated to an IRO), runs ANALYZE as autovacuum would, then drives it with {@code clients} users, each asking for a
 * random IRO's worklist (as that IRO), reading it for a think time (uniform from half to one and a half times
 * {@code thinkMs}) and asking again, for a warm-up that is not counted and then for {@code duration} seconds. The same
 * users then ask {@code GET /health} for as long, as the baseline. It does so for each think time of
 * {@code bench.thinkMs}: by default 1,000 ms (50 users, each busier than any IRO at a desk) and 0 (a closed loop of
 * 50 requests always in flight: a stress figure, which on two cores is bound by throughput, not by the worklist's
 * own latency). Only loopback is ever called. The service is stopped and the database dropped at the end, also on
 * Ctrl-C.
 *
 * <p>System properties (the bench profile passes them on from Maven's): {@code bench.duration} (s, 60),
 * {@code bench.warmup} (s, 10), {@code bench.clients} (50), {@code bench.children} (1000), {@code bench.iros} (20),
 * {@code bench.seedThreads} (8), {@code bench.port} (18480, or a free one if taken), {@code bench.jar} (the service's
 * jar), {@code bench.pg} (the PostgreSQL server, {@code jdbc:postgresql://127.0.0.1:5432}), {@code bench.db}
 * ({@code iro_bench_worklist}), {@code bench.serviceJvm} (extra JVM options for the service, none by default),
 * {@code bench.keep} (true: leave the service running and the database in place, for a look afterwards),
 * {@code bench.analyze} (true: ANALYZE the database after seeding, as autovacuum would; false to see the figure
 * without planner statistics), {@code bench.thinkMs} (think times in ms, comma-separated; {@code 1000,0}).
 */
public final class WorklistLoad {

    static final double TARGET_MS = 50;
    static final double GOAL_MS = 20;
    static final Pattern TOTAL_ITEMS = Pattern.compile("\"totalItems\"\\s*:\\s*(\\d+)");

    private final int duration = Integer.getInteger("bench.duration", 60);
    private final int warmup = Integer.getInteger("bench.warmup", 10);
    private final int clients = Integer.getInteger("bench.clients", 50);
    private final int children = Integer.getInteger("bench.children", 1000);
    private final int iros = Integer.getInteger("bench.iros", 20);
    private final int seedThreads = Integer.getInteger("bench.seedThreads", 8);
    private final boolean analyzeAfterSeeding = Boolean.parseBoolean(System.getProperty("bench.analyze", "true"));
    private final int[] thinkTimes = Arrays.stream(System.getProperty("bench.thinkMs", "1000,0").split(","))
            .map(String::trim).filter(t -> !t.isEmpty()).mapToInt(Integer::parseInt).toArray();
    private final LocalDate today = LocalDate.now();

    private BenchDatabase database;
    private HttpClient http;

    private WorklistLoad() {
    }

    public static void main(String[] args) throws Exception {
        new WorklistLoad().run();
    }

    private void run() throws Exception {
        try (BenchHttp benchHttp = new BenchHttp();
             BenchService service = BenchService.start("worklist", 18480, benchHttp.client())) {
            http = benchHttp.client();
            database = service.database();
            URI base = service.base();

            long seedStart = System.nanoTime();
            BenchApi api = new BenchApi(http, base, BenchAuthority.adminToken());
            BenchCounty.Seeded seeded = new BenchCounty(children, iros, seedThreads, today).seed(api);
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
            System.out.printf("seeded in %.1f s with %d threads: authority %s, %d IROs, %d children in care, "
                            + "%d with reviews, %d reviews, %d allocations (%d HTTP requests, %.0f/s)%n",
                    seedSeconds, seedThreads, BenchAuthority.CODE, iros, seeded.children(), seeded.childrenWithReviews(),
                    seeded.reviews(), seeded.allocations(), api.requests(), api.requests() / seedSeconds);
            analyze();

            String[] tokens = new String[iros];
            for (int i = 0; i < iros; i++) {
                tokens[i] = BenchAuthority.iroToken(BenchAuthority.iroId(i));
            }
            LocalDate until = workingDaysAfter(today, 20);
            IntFunction<HttpRequest> worklist = i -> HttpRequest.newBuilder(base.resolve(BenchAuthority.PATH
                            + "/iros/" + BenchAuthority.iroId(i) + "/worklist?until=" + until))
                    .header("Authorization", "Bearer " + tokens[i]).timeout(Duration.ofSeconds(30)).GET().build();
            describeWorklists(worklist, until);
            HttpRequest healthRequest = HttpRequest.newBuilder(base.resolve("/health"))
                    .timeout(Duration.ofSeconds(30)).GET().build();

            LoadDriver driver = new LoadDriver(http, clients, warmup, duration);
            for (int thinkMs : thinkTimes) {
                System.out.printf("%nload: %d users, think time %s, %d s warm-up then %d s measured, each; "
                        + "worklists until %s (20 working days), as the IRO whose worklist it is%n", clients,
                        thinkMs == 0 ? "none (closed loop)" : "about " + thinkMs + " ms", warmup, duration, until);
                LoadDriver.Result work = driver.drive("worklist", thinkMs,
                        client -> worklist.apply(ThreadLocalRandom.current().nextInt(iros)));
                LoadDriver.Result health = driver.drive("health", thinkMs, client -> healthRequest);

                System.out.println();
                System.out.printf("think time %d ms:%n", thinkMs);
                System.out.println(work.line());
                System.out.println(health.line());
                double ratio = work.p95() / health.p95();
                System.out.printf("ratio p95(worklist) / p95(health): %.1f%n", ratio);
                System.out.printf("worklist p95 %.1f ms: target p95 < %.0f ms %s, goal p95 < %.0f ms %s%n",
                        work.p95(), TARGET_MS, work.p95() < TARGET_MS ? "met" : "NOT met", GOAL_MS,
                        work.p95() < GOAL_MS ? "met" : "NOT met");
                BenchResult.print(thinkMs == 0 ? "worklist, closed loop" : "worklist, " + clients + " users",
                        String.format("p95 %.1f ms (%.0f req/s)", work.p95(), work.perSecond()),
                        String.format("/health p95 %.1f ms", health.p95()), String.format("%.1f", ratio),
                        thinkMs == 0 ? "stress figure: the ratio" : String.format("p95 < %.0f ms", TARGET_MS),
                        thinkMs == 0 || work.p95() < TARGET_MS);
                if (work.failures() > 0 || health.failures() > 0) {
                    System.out.printf("WARNING: %d worklist and %d health requests failed; the figures are suspect"
                            + " (first: %s)%n", work.failures(), health.failures(),
                            work.firstFailure() != null ? work.firstFailure() : health.firstFailure());
                }
            }
        }
    }

    // --- the database and the service ----------------------------------------------------------------------------

    /**
     * Planner statistics matter here: without them PostgreSQL plans the worklist's joins as nested loops over every
     * row of the authority, and the figure measures that instead. {@code -Dbench.analyze=false} measures that.
     */
    private void analyze() throws SQLException {
        if (analyzeAfterSeeding) {
            database.analyze();
        } else {
            System.out.println("no ANALYZE after seeding (bench.analyze=false; autovacuum is "
                    + database.setting("autovacuum") + " on this server)");
        }
    }

    /** What the driver will be reading: each IRO's worklist once, its size. */
    private void describeWorklists(IntFunction<HttpRequest> worklist, LocalDate until) throws Exception {
        int min = Integer.MAX_VALUE;
        int max = 0;
        long sum = 0;
        long bytes = 0;
        for (int i = 0; i < iros; i++) {
            HttpResponse<String> response = http.send(worklist.apply(i), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("worklist of " + BenchAuthority.iroId(i) + " answered "
                        + response.statusCode() + " " + response.body());
            }
            Matcher m = TOTAL_ITEMS.matcher(response.body());
            int total = m.find() ? Integer.parseInt(m.group(1)) : -1;
            min = Math.min(min, total);
            max = Math.max(max, total);
            sum += total;
            bytes += response.body().length();
        }
        System.out.printf("worklists until %s: %d to %d items an IRO (mean %.0f), first page of 50 served, "
                + "%.1f KB an answer on average%n", until, min, max, (double) sum / iros, bytes / 1024.0 / iros);
    }

    // --- small things --------------------------------------------------------------------------------------------

    /** {@code n} working days (Monday to Friday; bank holidays are the service's business) after {@code from}. */
    static LocalDate workingDaysAfter(LocalDate from, int n) {
        LocalDate d = from;
        while (n > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n--;
            }
        }
        return d;
    }
}
