package org.openiro.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openiro.app.support.ServiceProcess;

/**
 * The load of {@code review-write} and {@code scale-out} (benchmarks.md): {@code clients} IROs' case systems each
 * recording reviews held, {@code POST …/children/{childId}/reviews}, as fast as they are answered.
 *
 * <p>Recording a review locks its child's record, so two requests for one child at once would measure waiting for a
 * lock, not writing. Each client therefore takes its own children, round-robin: client {@code c} those numbered
 * {@code c}, {@code c + clients}, {@code c + 2 clients}, … of {@code children} (2,000), so no two clients ever write
 * for the same child. Every request is a valid review: held a week after the child's previous one (so always after
 * it, and in the past: children came into care in 2020–2021), the PN code the child's age allows, sent with the token
 * of the child's IRO (20 IROs; an IRO may write only for the children allocated to them). Each one writes the
 * review, its outbox rows and its audit row.
 *
 * <p>System properties: {@code bench.writeChildren} (2000), {@code bench.writeClients} (8), {@code bench.writeWarmup}
 * (s, 10), {@code bench.writeSeconds} (s, 30).
 */
final class ReviewWriting {

    static final long SEED = 20261202L;
    /** More than this share of failed requests fails the benchmark: the figure would not be of reviews written. */
    static final double MAX_FAILURES = 0.01;
    private static final int IROS = 20;
    private static final int SEED_THREADS = 8;
    private static final int DAYS_BETWEEN_REVIEWS = 7;

    final int children = Integer.getInteger("bench.writeChildren", 2000);
    final int clients = Integer.getInteger("bench.writeClients", 8);
    final int warmup = Integer.getInteger("bench.writeWarmup", 10);
    final int seconds = Integer.getInteger("bench.writeSeconds", 30);
    private final LocalDate today = LocalDate.now();
    private final String[] iroTokens = new String[IROS];
    private final LocalDate[] born = new LocalDate[children];
    /** The date of each child's next review; each is read and moved on by the one client that owns the child. */
    private final LocalDate[] nextMeeting = new LocalDate[children];

    ReviewWriting() {
        if (children < clients) {
            throw new IllegalArgumentException("bench.writeChildren (" + children + ") must be at least "
                    + "bench.writeClients (" + clients + "): each client writes for children of its own");
        }
        for (int i = 0; i < IROS; i++) {
            iroTokens[i] = BenchAuthority.iroToken(BenchAuthority.iroId(i));
        }
    }

    /**
     * The authority, its IROs and {@code children} children in care, born 2012–2015 and in care since 2020 or 2021,
     * allocated to the IROs in turn, with no review yet.
     */
    void seed(BenchApi api) throws Exception {
        long start = System.nanoTime();
        BenchAuthority authority = new BenchAuthority(api);
        authority.create(IROS);
        BenchAuthority.inParallel(children, SEED_THREADS, n -> {
            SplittableRandom random = new SplittableRandom(SEED + n);
            String id = BenchAuthority.childId(n);
            born[n] = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(4 * 365));
            // After the IROs started in the service (2020), so that each child has an IRO from the first day.
            LocalDate careStarted = LocalDate.of(2020, 1, 2).plusDays(random.nextInt(2 * 365));
            authority.child(id, n, born[n], random);
            authority.careStarts(id, careStarted, random);
            authority.allocate(id, BenchAuthority.iroId(n % IROS), careStarted);
            nextMeeting[n] = careStarted.plusDays(20);
        });
        double took = (System.nanoTime() - start) / 1e9;
        System.out.printf("seeded in %.1f s with %d threads: authority %s, %d IROs, %d children in care, allocated, "
                + "no reviews yet (%d HTTP requests, %.0f/s)%n", took, SEED_THREADS, BenchAuthority.CODE, IROS,
                children, api.requests(), api.requests() / took);
    }

    /**
     * Drives the load for a warm-up and then {@code seconds}, client {@code c} calling {@code instances} number
     * {@code c % instances.size()}; fails when more than 1 % of the measured requests did.
     */
    LoadDriver.Result drive(String name, HttpClient http, List<ServiceProcess> instances) throws Exception {
        return drive(name, http, instances, () -> { });
    }

    /** As {@link #drive(String, HttpClient, List)}, running {@code halfwayThroughWarmup} halfway through the warm-up. */
    LoadDriver.Result drive(String name, HttpClient http, List<ServiceProcess> instances,
                            Runnable halfwayThroughWarmup) throws Exception {
        CompletableFuture<Void> halfway = CompletableFuture.runAsync(halfwayThroughWarmup,
                CompletableFuture.delayedExecutor(warmup * 500L, TimeUnit.MILLISECONDS));
        System.out.printf("%nload: %d clients recording reviews, each for %d children of its own in turn, on %d "
                + "instance(s); %d s warm-up then %d s measured%n", clients, children / clients, instances.size(),
                warmup, seconds);
        List<URI> bases = instances.stream().map(ServiceProcess::base).toList();
        int[] turn = new int[clients];
        // From the end of the warm-up, so that the JIT compiling the service's code is not counted as its cost.
        CompletableFuture<CpuShare> cpu = CompletableFuture.supplyAsync(() -> CpuShare.from(instances),
                CompletableFuture.delayedExecutor(warmup, TimeUnit.SECONDS));
        LoadDriver.Result result = new LoadDriver(http, clients, warmup, seconds).drive(name, 0, client -> {
            int owned = (children - client + clients - 1) / clients;
            int child = client + (turn[client]++ % owned) * clients;
            return review(bases.get(client % bases.size()), child);
        });
        halfway.join();
        CpuShare.Use used = cpu.join().used();
        System.out.printf("%s; %.1f ms of the service's CPU a review%n", used.line(),
                1000 * used.service() / result.perSecond());
        System.out.printf("%s: %,.1f reviews/s, p50 %.2f ms, p95 %.2f ms; %d failed (%.2f %%)%n", name,
                result.perSecond(), result.p50(), result.p95(), result.failures(), 100 * result.failureRate());
        if (result.failureRate() > MAX_FAILURES) {
            throw new IllegalStateException(String.format("%d of %d requests failed (%.2f %%, more than %.0f %%); "
                            + "the first: %s", result.failures(), result.failures() + result.nanos().length,
                    100 * result.failureRate(), 100 * MAX_FAILURES, result.firstFailure()));
        }
        return result;
    }

    /** A review of {@code child}, held a week after its last one (and moved on for the next). */
    HttpRequest review(URI instance, int child) {
        LocalDate meeting = nextMeeting[child];
        if (meeting.isAfter(today)) {
            throw new IllegalStateException("child " + BenchAuthority.childId(child) + " has had a review every "
                    + DAYS_BETWEEN_REVIEWS + " days up to today; seed more children (bench.writeChildren)");
        }
        nextMeeting[child] = meeting.plusDays(DAYS_BETWEEN_REVIEWS);
        String path = BenchAuthority.childPath(BenchAuthority.childId(child)) + "/reviews";
        return HttpRequest.newBuilder(instance.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + iroTokens[child % IROS])
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(BenchAuthority.reviewHeld(meeting, born[child], today)))
                .build();
    }

    /** What the load left in the database: reviews, outbox rows and audit rows, warm-up and seeding included. */
    static void describeWrites(BenchDatabase database) throws SQLException {
        try (Connection c = database.connect("");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM review), (SELECT count(*) FROM outbox_event),"
                     + " (SELECT count(*) FROM audit_event), (SELECT max(n) FROM (SELECT count(*) AS n FROM review"
                     + " GROUP BY child_id) r)")) {
            rs.next();
            System.out.printf("written in all (seeding and warm-up too): %,d reviews (at most %d for a child), "
                    + "%,d outbox rows, %,d audit rows%n", rs.getLong(1), rs.getLong(4), rs.getLong(2), rs.getLong(3));
        }
    }
}
