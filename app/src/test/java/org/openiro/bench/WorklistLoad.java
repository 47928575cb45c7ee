package org.openiro.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openiro.app.support.Tokens;

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

    static final String AUTHORITY = "bench";
    /** 48 characters: the service signs and checks HS256 tokens with it, and so do we. */
    static final String SECRET = "openiro-bench-worklist-secret-0123456789abcdefgh";
    static final double TARGET_MS = 50;
    static final double GOAL_MS = 20;
    static final long SEED = 20261123L;
    static final Pattern TOTAL_ITEMS = Pattern.compile("\"totalItems\"\\s*:\\s*(\\d+)");

    private final int duration = Integer.getInteger("bench.duration", 60);
    private final int warmup = Integer.getInteger("bench.warmup", 10);
    private final int clients = Integer.getInteger("bench.clients", 50);
    private final int children = Integer.getInteger("bench.children", 1000);
    private final int iros = Integer.getInteger("bench.iros", 20);
    private final int seedThreads = Integer.getInteger("bench.seedThreads", 8);
    private final String pg = System.getProperty("bench.pg", "jdbc:postgresql://127.0.0.1:5432");
    private final String db = System.getProperty("bench.db", "iro_bench_worklist");
    private final boolean keep = Boolean.getBoolean("bench.keep");
    private final boolean analyzeAfterSeeding = Boolean.parseBoolean(System.getProperty("bench.analyze", "true"));
    private final int[] thinkTimes = Arrays.stream(System.getProperty("bench.thinkMs", "1000,0").split(","))
            .map(String::trim).filter(t -> !t.isEmpty()).mapToInt(Integer::parseInt).toArray();
    private final LocalDate today = LocalDate.now();

    private final AtomicBoolean cleanedUp = new AtomicBoolean();
    private volatile Process service;
    private volatile boolean databaseCreated;
    private URI base;
    private HttpClient http;

    private WorklistLoad() {
    }

    public static void main(String[] args) throws Exception {
        new WorklistLoad().run();
    }

    private void run() throws Exception {
        Thread hook = new Thread(this::cleanUp, "worklist-bench-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        ExecutorService httpThreads = Executors.newCachedThreadPool(daemon("http"));
        try {
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER).executor(httpThreads).build();
            createDatabase();
            int port = port();
            base = URI.create("http://127.0.0.1:" + port);
            startService(port);

            long seedStart = System.nanoTime();
            Seeded seeded = seed();
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
            System.out.printf("seeded in %.1f s with %d threads: authority %s, %d IROs, %d children in care, "
                            + "%d with reviews, %d reviews, %d allocations (%d HTTP requests, %.0f/s)%n",
                    seedSeconds, seedThreads, AUTHORITY, iros, seeded.children, seeded.childrenWithReviews,
                    seeded.reviews, seeded.allocations, seeded.requests, seeded.requests / seedSeconds);
            analyze();

            String[] tokens = new String[iros];
            Instant expires = Instant.now().plus(Duration.ofHours(2));
            for (int i = 0; i < iros; i++) {
                tokens[i] = Tokens.mint(iroId(i), List.of("iro"), List.of(AUTHORITY), iroId(i), null, SECRET, expires);
            }
            LocalDate until = workingDaysAfter(today, 20);
            IntFunction<HttpRequest> worklist = i -> HttpRequest.newBuilder(base.resolve("/api/authorities/"
                            + AUTHORITY + "/iros/" + iroId(i) + "/worklist?until=" + until))
                    .header("Authorization", "Bearer " + tokens[i]).timeout(Duration.ofSeconds(30)).GET().build();
            describeWorklists(worklist, until);
            HttpRequest healthRequest = HttpRequest.newBuilder(base.resolve("/health"))
                    .timeout(Duration.ofSeconds(30)).GET().build();

            for (int thinkMs : thinkTimes) {
                System.out.printf("%nload: %d users, think time %s, %d s warm-up then %d s measured, each; "
                        + "worklists until %s (20 working days), as the IRO whose worklist it is%n", clients,
                        thinkMs == 0 ? "none (closed loop)" : "about " + thinkMs + " ms", warmup, duration, until);
                Result work = drive("worklist", thinkMs,
                        () -> worklist.apply(ThreadLocalRandom.current().nextInt(iros)));
                Result health = drive("health", thinkMs, () -> healthRequest);

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
                if (work.errors > 0 || health.errors > 0) {
                    System.out.printf("WARNING: %d worklist and %d health requests failed; the figures are suspect%n",
                            work.errors, health.errors);
                }
            }
        } finally {
            cleanUp();
            Runtime.getRuntime().removeShutdownHook(hook);
            httpThreads.shutdownNow();
        }
    }

    // --- the database and the service ----------------------------------------------------------------------------

    private void createDatabase() throws SQLException {
        requireSafeName(db);
        try (Connection c = DriverManager.getConnection(pg + "/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + db);
        }
        databaseCreated = true;
        System.out.println("database " + db + " created afresh on " + pg);
    }

    /**
     * Gives the planner statistics of the seeded tables, as autovacuum would on a production server soon after a load
     * like this. Without them (autovacuum is off on some machines, and a fresh database has none) PostgreSQL plans the
     * worklist's joins as nested loops over every row of the authority, and the figure measures that instead.
     * {@code -Dbench.analyze=false} measures that.
     */
    private void analyze() throws SQLException {
        try (Connection c = DriverManager.getConnection(pg + "/" + db, "postgres", "");
             Statement s = c.createStatement()) {
            String autovacuum;
            try (var rs = s.executeQuery("SHOW autovacuum")) {
                autovacuum = rs.next() ? rs.getString(1) : "?";
            }
            if (analyzeAfterSeeding) {
                long start = System.nanoTime();
                s.execute("ANALYZE");
                System.out.printf("ANALYZE after seeding: %.1f s (autovacuum is %s on this server)%n",
                        (System.nanoTime() - start) / 1e9, autovacuum);
            } else {
                System.out.println("no ANALYZE after seeding (bench.analyze=false; autovacuum is " + autovacuum
                        + " on this server)");
            }
        }
    }

    private void dropDatabase() {
        try (Connection c = DriverManager.getConnection(pg + "/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            System.out.println("database " + db + " dropped");
        } catch (SQLException e) {
            System.err.println("could not drop database " + db + ": " + e.getMessage());
        }
    }

    private static void requireSafeName(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
    }

    private int port() throws IOException {
        int wanted = Integer.getInteger("bench.port", 18480);
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted));
            return wanted;
        } catch (IOException taken) {
            try (ServerSocket any = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                System.out.println("port " + wanted + " is taken; using " + any.getLocalPort());
                return any.getLocalPort();
            }
        }
    }

    private void startService(int port) throws Exception {
        Path jar = jar();
        Path log = Path.of("target", "bench-worklist-service.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String jvm = System.getProperty("bench.serviceJvm", "").trim();
        if (!jvm.isEmpty()) {
            command.addAll(Arrays.asList(jvm.split("\\s+")));
        }
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).directory(log.getParent().toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("DATASOURCES_") || k.startsWith("KAFKA_")
                || k.startsWith("MICRONAUT_") || k.startsWith("IRO_"));
        env.put("DATASOURCES_DEFAULT_URL", pg + "/" + db);
        env.put("DATASOURCES_DEFAULT_USERNAME", "postgres");
        env.put("DATASOURCES_DEFAULT_PASSWORD", "");
        env.put("IRO_DEMO_ENABLED", "false");
        env.put("IRO_JWT_SECRET", SECRET);
        env.put("IRO_SCAN_ENABLED", "false");
        env.put("PORT", String.valueOf(port));
        System.out.println("starting " + String.join(" ", command) + " on 127.0.0.1:" + port + " (log: " + log + ")");
        long start = System.nanoTime();
        service = builder.start();
        HttpRequest health = HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(5)).build();
        long deadline = start + TimeUnit.SECONDS.toNanos(180);
        while (true) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service stopped with exit code " + service.exitValue()
                        + " before it was up; see " + log + ":\n" + tail(log));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the service was not up within 180 s; see " + log + ":\n" + tail(log));
            }
            Thread.sleep(250);
        }
        System.out.printf("service up in %.1f s (pid %d)%n", (System.nanoTime() - start) / 1e9, service.pid());
    }

    private static Path jar() {
        String configured = System.getProperty("bench.jar");
        Path jar = configured != null ? Path.of(configured) : Path.of("target", "app-0.1.0-SNAPSHOT.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no service jar at " + jar.toAbsolutePath()
                    + "; build it first: ./mvnw -B -q -pl app -am package -DskipTests (./iro bench worklist does)");
        }
        return jar.toAbsolutePath();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void cleanUp() {
        if (!cleanedUp.compareAndSet(false, true)) {
            return;
        }
        Process p = service;
        if (keep) {
            System.out.println("bench.keep: leaving the service (pid " + (p == null ? "-" : p.pid()) + ") on " + base
                    + " and the database " + db);
            return;
        }
        if (p != null && p.isAlive()) {
            p.destroy();
            try {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            System.out.println("service stopped");
        }
        if (databaseCreated) {
            dropDatabase();
        }
    }

    // --- seeding through the HTTP API ----------------------------------------------------------------------------

    record Seeded(int children, int childrenWithReviews, int reviews, int allocations, int requests) {
    }

    private Seeded seed() throws Exception {
        String admin = Tokens.mint("bench-admin", List.of("admin", "manager"), List.of("*"), null, null, SECRET,
                Instant.now().plus(Duration.ofHours(2)));
        AtomicInteger requests = new AtomicInteger();
        Caller api = new Caller(admin, requests);
        api.expect("PUT", "/api/authorities/" + AUTHORITY, """
                {"name": "Bench Borough", "policy": {"preset": "statutory"}}""", 201);
        for (int i = 0; i < iros; i++) {
            api.expect("PUT", "/api/authorities/" + AUTHORITY + "/iros/" + iroId(i), """
                    {"name": "IRO %02d Example", "email": "%s@example.org", "fte": 1.0, "employment": "permanent",
                     "team": "%s", "duties": ["cla"], "from": "2020-01-01"}""".formatted(i + 1, iroId(i),
                    i % 2 == 0 ? "North" : "South"), 201);
        }
        AtomicInteger withReviews = new AtomicInteger();
        AtomicInteger reviews = new AtomicInteger();
        AtomicInteger allocations = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(seedThreads, daemon("seed"));
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int n = 0; n < children; n++) {
                int child = n;
                done.add(pool.submit(() -> {
                    int held = seedChild(api, child, new SplittableRandom(SEED + child));
                    allocations.incrementAndGet();
                    if (held > 0) {
                        withReviews.incrementAndGet();
                        reviews.addAndGet(held);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Seeded(children, withReviews.get(), reviews.get(), allocations.get(), requests.get());
    }

    private static final String[] GENDERS = {"female", "male", "female", "male", "other", "not-recorded"};
    private static final String[] ETHNICITIES = {"WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "ABAN", "BAFR", "AOTH",
            "CHNE", "OOTH"};
    private static final String[] LEGAL = {"C1", "C2", "C2", "V2"};
    private static final String[] PLACEMENTS = {"U1", "U3", "U4", "U6", "R1"};

    /** One child in care, allocated, with 0–3 reviews held; answers how many reviews. */
    private int seedChild(Caller api, int n, SplittableRandom random) {
        String id = "c-" + String.format("%04d", n + 1);
        String path = "/api/authorities/" + AUTHORITY + "/children/" + id;
        LocalDate born = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(13 * 365 + 3));
        api.expect("PUT", path, """
                {"dateOfBirth": "%s", "gender": "%s", "ethnicity": "%s", "uasc": %s, "disability": %s,
                 "name": "Bench Child %d"}""".formatted(born, GENDERS[random.nextInt(GENDERS.length)],
                ETHNICITIES[random.nextInt(ETHNICITIES.length)], random.nextInt(20) == 0, random.nextInt(8) == 0,
                n + 1), 201);
        // A period of care that started on a day of the last three years, before the child turned 18.
        LocalDate earliest = max(today.minusYears(3), born.plusDays(1));
        LocalDate latest = min(today.minusDays(1), born.plusYears(18).minusDays(30));
        LocalDate start = earliest.plusDays(random.nextInt((int) Math.max(1, latest.toEpochDay() - earliest.toEpochDay())));
        api.expect("POST", path + "/episodes", """
                {"startDate": "%s", "legalStatus": "%s", "placement": {"type": "%s", "over20Miles": %s}}""".formatted(
                start, LEGAL[random.nextInt(LEGAL.length)], PLACEMENTS[random.nextInt(PLACEMENTS.length)],
                random.nextInt(5) == 0), 201);
        api.expect("PUT", path + "/iro", """
                {"iroId": "%s", "from": "%s", "reason": "allocation"}""".formatted(iroId(n % iros), start), 201);
        if (random.nextInt(3) != 0) {
            return 0;
        }
        // Roughly on time: the first about 20 working days after care started, the second about three months on,
        // the third about six; only those already held.
        int wanted = 1 + random.nextInt(3);
        LocalDate meeting = start.plusDays(14 + random.nextInt(21));
        int held = 0;
        for (int r = 0; r < wanted && meeting.isBefore(today); r++) {
            String participation = meeting.isBefore(born.plusYears(4)) ? "{\"code\": \"PN0\"}" : """
                    {"code": "PN1", "methods": ["attended-in-person"], "chairedByChild": "part"}""";
            StringBuilder body = new StringBuilder("{\"meetingDates\": [\"" + meeting + "\"], \"participation\": "
                    + participation + ", \"consultation\": [{\"party\": \"child\", \"sent\": true, \"returned\": true},"
                    + " {\"party\": \"school\", \"sent\": true, \"returned\": false}], \"socialWorkReportReceivedOn\": \""
                    + meeting.minusDays(4) + "\"");
            if (meeting.plusDays(25).isBefore(today)) {
                // Older reviews have their follow-up done; the latest ones still owe it, as on a real worklist.
                body.append(", \"recommendationsIssuedOn\": \"").append(meeting.plusDays(4))
                        .append("\", \"recordCompletedOn\": \"").append(meeting.plusDays(18))
                        .append("\", \"letterSentOn\": \"").append(meeting.plusDays(20)).append('"');
            }
            body.append('}');
            api.expect("POST", path + "/reviews", body.toString(), 201);
            held++;
            meeting = meeting.plusMonths(r == 0 ? 3 : 6).plusDays(random.nextInt(11) - 7);
        }
        return held;
    }

    /** Calls the API with one token and refuses any answer but the expected one. */
    private final class Caller {
        private final String token;
        private final AtomicInteger requests;

        Caller(String token, AtomicInteger requests) {
            this.token = token;
            this.requests = requests;
        }

        String expect(String method, String path, String json, int status) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                requests.incrementAndGet();
                if (response.statusCode() != status) {
                    throw new IllegalStateException(method + " " + path + " " + json + "\n answered "
                            + response.statusCode() + " " + response.body());
                }
                return response.body();
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + path, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
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
                throw new IllegalStateException("worklist of " + iroId(i) + " answered " + response.statusCode()
                        + " " + response.body());
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

    // --- the load driver -----------------------------------------------------------------------------------------

    interface Requests {
        HttpRequest next();
    }

    /** Latencies in nanoseconds, of the measured requests only. */
    record Result(String name, long[] nanos, long errors, double seconds) {
        double percentile(double q) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(q * nanos.length);
            return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
        }

        double p95() {
            return percentile(0.95);
        }

        double perSecond() {
            return nanos.length / seconds;
        }

        String line() {
            return String.format("%-8s %,9d requests in %.1f s, %,8.1f req/s, %d errors; latency ms: p50 %.2f, "
                            + "p95 %.2f, p99 %.2f, max %.2f", name + ":", nanos.length, seconds, nanos.length / seconds,
                    errors, percentile(0.50), percentile(0.95), percentile(0.99),
                    nanos.length == 0 ? Double.NaN : nanos[nanos.length - 1] / 1e6);
        }
    }

    private Result drive(String name, int thinkMs, Requests requests) throws Exception {
        System.out.printf("%s: warming up for %d s...%n", name, warmup);
        long warmEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup);
        long end = warmEnd + TimeUnit.SECONDS.toNanos(duration);
        ExecutorService pool = Executors.newFixedThreadPool(clients, daemon("client-" + name));
        try {
            List<Future<long[]>> threads = new ArrayList<>();
            AtomicInteger errors = new AtomicInteger();
            long[] lastFinish = new long[clients];
            for (int c = 0; c < clients; c++) {
                int client = c;
                threads.add(pool.submit(() -> {
                    long[] nanos = new long[4096];
                    int count = 0;
                    long now = System.nanoTime();
                    while (now < end) {
                        boolean measured = now >= warmEnd;
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = http.send(requests.next(), HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                        } catch (IOException e) {
                            status = -1;
                        }
                        long t1 = System.nanoTime();
                        if (measured) {
                            if (status != 200) {
                                errors.incrementAndGet();
                            }
                            if (status != -1) {
                                if (count == nanos.length) {
                                    nanos = Arrays.copyOf(nanos, count * 2);
                                }
                                nanos[count++] = t1 - t0;
                            }
                        }
                        now = t1;
                        if (thinkMs > 0 && now < end) {
                            // A user reads the answer before asking again; the wait is not counted as latency.
                            long think = TimeUnit.MILLISECONDS.toNanos(thinkMs / 2
                                    + ThreadLocalRandom.current().nextInt(thinkMs + 1));
                            TimeUnit.NANOSECONDS.sleep(Math.min(think, end - now));
                            now = System.nanoTime();
                        }
                    }
                    lastFinish[client] = now;
                    return Arrays.copyOf(nanos, count);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : threads) {
                all.add(f.get());
            }
            long finished = Arrays.stream(lastFinish).max().orElse(end);
            long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            Result result = new Result(name, merged, errors.get(), (finished - warmEnd) / 1e9);
            System.out.println(result.line());
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    // --- small things --------------------------------------------------------------------------------------------

    static String iroId(int i) {
        return String.format("iro-%02d", i + 1);
    }

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

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "bench-" + name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
