package org.openiro.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.openiro.app.support.ServiceProcess;
import org.openiro.app.support.TestServices.OwnBroker;

/**
 * The service under a write load while faults are injected into what it runs on (issue 22), then held to account: every
 * write it acknowledged must be there, and every event of its outbox must have reached the broker, the first time in
 * its key's order. The short fault test of the suite ({@code app.FaultTest}) and the long benchmark
 * ({@link FaultsBenchmark}, {@code ./iro bench faults}) both run it.
 *
 * <p>The service runs as a process of its own on a database made for the run, publishing to a broker of the run's own,
 * so that both can be killed. The load: {@code writers} clients recording reviews, each for children of its own in
 * turn, a week apart; a request that meets a fault (no answer, 503) is sent again with the same
 * {@code Idempotency-Key} until it is answered, as a careful client does, so a write is never made twice.
 */
public final class FaultRun implements AutoCloseable {

    private static final int IROS = 4;

    /**
     * @param fromJar the deployable jar (benchmarks), or the classpath the tests were built with
     */
    public record Settings(String name, int children, int writers, int port, String topicPrefix, boolean fromJar) {
    }

    /** What the run found. */
    public record Report(double seconds, long acknowledged, long lost, long refused, long unanswered, long status500,
                         long status503, long otherStatus5xx, Map<String, Integer> faults, PublishedEvents events,
                         String firstRefusal) {

        public long status5xx() {
            return status500 + status503 + otherStatus5xx;
        }

        /** The table: load held, faults injected, writes lost, events missing, twice, out of order, 5xx. */
        public String table() {
            return String.join("\n",
                    "| | |",
                    "| --- | --- |",
                    String.format("| load held | %,d writes acknowledged in %.0f s (%,.1f/s); %,d requests met no"
                            + " answer and were sent again | ", acknowledged, seconds, acknowledged / seconds,
                            unanswered),
                    "| faults injected | " + faultsLine() + " |",
                    "| acknowledged writes lost | " + lost + " |",
                    String.format("| events | %,d in the outbox, %,d records read back from the broker |",
                            events.outboxRows(), events.events()),
                    "| events missing | " + events.missing() + " |",
                    "| events duplicated | " + events.duplicates() + " (at least once: resent after a kill) |",
                    "| events out of order | " + events.outOfOrder() + " |",
                    String.format("| 5xx | %d (500: %d, 503: %d, other: %d) |", status5xx(), status500, status503,
                            otherStatus5xx));
        }

        public String faultsLine() {
            List<String> parts = new ArrayList<>();
            faults.forEach((kind, n) -> parts.add(n + " " + kind));
            return String.join(", ", parts);
        }
    }

    private final Settings settings;
    private final BenchDatabase database;
    private final OwnBroker broker;
    private final BenchHttp http = new BenchHttp();
    private final String application;
    private final String token = BenchAuthority.adminToken();
    private final LocalDate today = LocalDate.now();
    private final LocalDate[] born;
    private final LocalDate[] nextMeeting;
    private final Map<String, Integer> faults = new LinkedHashMap<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    private final AtomicLong status500 = new AtomicLong();
    private final AtomicLong status503 = new AtomicLong();
    private final AtomicLong otherStatus5xx = new AtomicLong();
    private volatile String firstRefusal;
    private volatile ServiceProcess service;
    private volatile boolean stopping;
    private final List<Thread> writers = new ArrayList<>();
    private long loadStarted;
    private long loadEnded;

    private FaultRun(Settings settings, BenchDatabase database, OwnBroker broker) {
        this.settings = settings;
        this.database = database;
        this.broker = broker;
        this.application = "iro-faults-" + settings.name();
        this.born = new LocalDate[settings.children()];
        this.nextMeeting = new LocalDate[settings.children()];
    }

    /**
     * Makes the database afresh, starts the service on it and seeds an authority with children in care.
     *
     * @param server   the PostgreSQL server's JDBC URL without a database, {@code jdbc:postgresql://host:port}
     * @param database the name of the run's own database, dropped when the run is closed
     */
    public static FaultRun start(Settings settings, String server, String database, OwnBroker broker)
            throws Exception {
        return start(settings, new BenchDatabase(server, database), broker);
    }

    static FaultRun start(Settings settings, BenchDatabase database, OwnBroker broker) throws Exception {
        database.create();
        FaultRun run = new FaultRun(settings, database, broker);
        run.startService();
        run.seed();
        return run;
    }

    private void startService() throws Exception {
        ServiceProcess.Launch launch = new ServiceProcess.Launch("faults-" + settings.name(), settings.port(),
                Map.of(), Map.of(), settings.fromJar())
                .onPostgres(database.url() + "?ApplicationName=" + application)
                .with("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers())
                .with("IRO_KAFKA_TOPIC_PREFIX", settings.topicPrefix())
                // A killed instance's lease lapses in seconds, and the relay tries the broker again every second.
                .with("IRO_RELAY_LEASE", "3s").with("IRO_RELAY_IDLE_WAIT", "50ms")
                .with("IRO_RELAY_MAX_BACKOFF", "1s");
        service = ServiceProcess.start(launch, http.client());
    }

    private void seed() throws Exception {
        BenchApi api = new BenchApi(http.client(), service.base(), token);
        new BenchAuthority(api).create(IROS);
        BenchAuthority.inParallel(settings.children(), 4, n -> {
            SplittableRandom random = new SplittableRandom(20261205L + n);
            String id = BenchAuthority.childId(n);
            born[n] = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(4 * 365));
            LocalDate careStarted = LocalDate.of(2020, 1, 2).plusDays(random.nextInt(365));
            new BenchAuthority(api).child(id, n, born[n], random);
            new BenchAuthority(api).careStarts(id, careStarted, random);
            new BenchAuthority(api).allocate(id, BenchAuthority.iroId(n % IROS), careStarted);
            nextMeeting[n] = careStarted.plusDays(20);
        });
    }

    /** The writers start; each goes on until {@link #finish}. */
    public void startLoad() {
        loadStarted = System.nanoTime();
        for (int w = 0; w < settings.writers(); w++) {
            int writer = w;
            Thread thread = new Thread(() -> write(writer), "fault-writer-" + w);
            thread.setDaemon(true);
            writers.add(thread);
            thread.start();
        }
    }

    private void write(int writer) {
        List<Integer> owned = new ArrayList<>();
        for (int n = writer; n < settings.children(); n += settings.writers()) {
            owned.add(n);
        }
        for (int turn = 0; !stopping && !owned.isEmpty(); turn++) {
            int child = owned.get(turn % owned.size());
            LocalDate meeting = nextMeeting[child];
            if (meeting.isAfter(today.minusDays(1))) {
                owned.remove(Integer.valueOf(child));
                continue;
            }
            String id = BenchAuthority.childId(child);
            HttpResponse<String> answer = sendUntilAnswered(BenchAuthority.childPath(id) + "/reviews",
                    BenchAuthority.reviewHeld(meeting, born[child], today), "review-" + id + "-" + meeting);
            nextMeeting[child] = meeting.plusDays(7);
            if (answer == null) {
                return;
            }
            if (answer.statusCode() / 100 == 2) {
                String location = answer.headers().firstValue("Location").orElseThrow();
                acknowledged.add(location.substring(location.lastIndexOf('/') + 1));
            } else {
                refused.incrementAndGet();
                if (firstRefusal == null) {
                    firstRefusal = answer.statusCode() + " " + answer.body();
                }
            }
        }
    }

    /** Sends until the service answers other than "try again"; null when the run stopped first. */
    private HttpResponse<String> sendUntilAnswered(String path, String body, String key) {
        while (true) {
            ServiceProcess current = service;
            HttpRequest request = HttpRequest.newBuilder(current.base().resolve(path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                HttpResponse<String> answer = http.client().send(request, HttpResponse.BodyHandlers.ofString());
                int status = answer.statusCode();
                if (status == 500) {
                    status500.incrementAndGet();
                } else if (status == 503) {
                    status503.incrementAndGet();
                } else if (status >= 500) {
                    otherStatus5xx.incrementAndGet();
                } else if (!(status == 409 && answer.body().contains("Idempotency-Key"))) {
                    return answer;
                }
            } catch (IOException e) {
                unanswered.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            if (stopping && service == null) {
                return null;
            }
            pause(200);
        }
    }

    /** Waits until {@code more} writes beyond those acknowledged now are acknowledged. */
    public void awaitAcknowledged(int more) throws InterruptedException {
        long target = acknowledged.size() + more;
        while (acknowledged.size() < target) {
            if (writers.stream().noneMatch(Thread::isAlive)) {
                throw new IllegalStateException("the writers ran out of reviews to record; seed more children");
            }
            Thread.sleep(50);
        }
    }

    public long acknowledgedSoFar() {
        return acknowledged.size();
    }

    private synchronized void injected(String kind) {
        faults.merge(kind, 1, Integer::sum);
        System.out.printf("fault: %s (%d acknowledged so far)%n", kind, acknowledged.size());
    }

    /** {@code kill -9} of the service, then it starts again. */
    public void killService() throws Exception {
        injected("kill -9 of the service");
        service.kill();
        startService();
    }

    /** SIGTERM, as an orchestrator stops it, then it starts again. */
    public void terminateService() throws Exception {
        injected("SIGTERM of the service");
        int exit = service.terminate(Duration.ofSeconds(60));
        if (exit == -1) {
            throw new IllegalStateException("the service did not stop within 60 s of SIGTERM");
        }
        startService();
    }

    /** {@code kill -9} of the broker; it comes back on its data with {@link #resumeBroker}. */
    public void killBroker() {
        injected("kill -9 of the broker");
        broker.kill();
    }

    public void resumeBroker() {
        broker.resume();
    }

    /** The broker hangs (SIGSTOP) until {@link #unpauseBroker}. */
    public void pauseBroker() {
        injected("broker hang");
        broker.pause();
    }

    public void unpauseBroker() {
        broker.unpause();
    }

    /** Ends every database connection of the service ({@code pg_terminate_backend}), as a failover does. */
    public int terminateConnections() throws Exception {
        injected("termination of the service's database connections");
        try (Connection c = database.connect("");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                     + " WHERE application_name = '" + application + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Stops the load, waits for the relay to publish the whole outbox, reads every topic back from the broker and
     * checks every acknowledged write against the database.
     */
    public Report finish() throws Exception {
        stopping = true;
        for (Thread writer : writers) {
            writer.join(120_000);
        }
        loadEnded = System.nanoTime();
        PublishedEvents events = PublishedEvents.readBack(database, broker.bootstrapServers(),
                settings.topicPrefix());
        Set<String> stored = new HashSet<>();
        try (Connection c = database.connect("");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM review")) {
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
        }
        long lost = acknowledged.stream().filter(id -> !stored.contains(id)).count();
        Map<String, Integer> injected;
        synchronized (this) {
            injected = new LinkedHashMap<>(faults);
        }
        return new Report((loadEnded - loadStarted) / 1e9, acknowledged.size(), lost, refused.get(),
                unanswered.get(), status500.get(), status503.get(), otherStatus5xx.get(), injected, events,
                firstRefusal);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the service and drops the run's database; the broker is its owner's to stop. */
    @Override
    public void close() throws Exception {
        stopping = true;
        if (service != null) {
            service.stop();
        }
        http.close();
        database.drop();
    }
}
