package org.openiro.bench;

import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.openiro.events.port.in.RelayOutboxUseCase;
import org.openiro.kafka.KafkaSettings;

/**
 * The {@code relay} benchmark (benchmarks.md): how fast the service's outbox relay publishes {@code events} waiting
 * rows (200,000) to a local broker, against a minimal relay over the same rows in the same run: plain JDBC reads of a
 * batch, a bare {@code KafkaProducer} with the same settings sending the same CloudEvents records, one batch
 * {@code UPDATE} to mark them. Target: at least 5,000 events a second and half the minimal relay's rate; goal 70 %.
 *
 * <p>The real relay is the service's own: {@code OutboxRelay} with its lease, the JDBC outbox and the Kafka publisher,
 * from an application context on a PostgreSQL database of the benchmark's own ({@code iro_bench_relay}, dropped at
 * the end), with the relay thread and the review scan switched off so that only the benchmark drives it. Each of the
 * {@code rounds} (2) runs both, on a freshly filled outbox each time, the real relay first in odd rounds and second in
 * even ones.
 *
 * <p>System properties: {@code bench.events} (200000), {@code bench.rounds} (2), {@code bench.kafka}
 * ({@code 127.0.0.1:19094}: {@code ./iro bench relay} starts a broker there and stops it after),
 * {@code bench.batch} (500, the relay's default), {@code bench.pg}, {@code bench.relayDb}.
 */
public final class RelayBenchmark {

    static final double TARGET_EVENTS_PER_SECOND = 5_000;
    static final double TARGET_RATIO = 0.5;
    static final double GOAL_RATIO = 0.7;

    private final int events = Integer.getInteger("bench.events", 200_000);
    private final int rounds = Integer.getInteger("bench.rounds", 2);
    private final int batch = Integer.getInteger("bench.batch", 500);
    private final String kafka = BenchEnv.broker("bench.kafka", 19094);
    private final String pg = System.getProperty("bench.pg", "jdbc:postgresql://127.0.0.1:5432");
    private final String db = BenchEnv.database("bench.relayDb", "relay");

    private RelayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        new RelayBenchmark().run();
    }

    private void run() throws Exception {
        BenchDatabase database = new BenchDatabase(pg, db);
        database.create();
        Map<String, Object> properties = database.serviceProperties();
        properties.put("kafka.bootstrap.servers", kafka);
        properties.put("iro.relay.enabled", false);
        properties.put("iro.relay.batch-size", batch);
        properties.put("iro.scan.enabled", false);
        properties.put("iro.demo.enabled", false);
        properties.put("iro.kafka.topic-prefix", "bench.");
        System.out.printf("%nrelay: %,d events waiting, batches of %d, broker %s, database %s%n", events, batch, kafka,
                pg + "/" + db);
        List<double[]> results = new ArrayList<>();
        try (ApplicationContext context = ApplicationContext.run(properties);
             Connection jdbc = database.connect("?reWriteBatchedInserts=true")) {
            RelayOutboxUseCase relay = context.getBean(RelayOutboxUseCase.class);
            KafkaSettings settings = context.getBean(KafkaSettings.class);
            Properties producerSettings = settings.producer();
            producerSettings.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-minimal-relay");
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerSettings, new StringSerializer(),
                    new ByteArraySerializer())) {
                fill(jdbc, 2_000);
                relayAll(relay);
                fill(jdbc, 2_000);
                minimalRelay(jdbc, producer, settings);
                System.out.println("warmed up on 2,000 events each");
                for (int round = 1; round <= rounds; round++) {
                    double real;
                    double minimal;
                    if (round % 2 == 1) {
                        real = timed("relay", jdbc, () -> relayAll(relay));
                        minimal = timed("minimal relay", jdbc, () -> minimalRelay(jdbc, producer, settings));
                    } else {
                        minimal = timed("minimal relay", jdbc, () -> minimalRelay(jdbc, producer, settings));
                        real = timed("relay", jdbc, () -> relayAll(relay));
                    }
                    results.add(new double[] {real, minimal});
                }
            }
        } finally {
            database.drop();
            System.out.println("database " + db + " dropped");
        }
        System.out.println();
        for (int i = 0; i < results.size(); i++) {
            double real = results.get(i)[0];
            double minimal = results.get(i)[1];
            System.out.printf("round %d: relay %,.0f events/s, minimal relay %,.0f events/s, ratio %.2f%n", i + 1,
                    real, minimal, real / minimal);
        }
        double real = results.stream().mapToDouble(r -> r[0]).average().orElse(0);
        double minimal = results.stream().mapToDouble(r -> r[1]).average().orElse(0);
        double ratio = real / minimal;
        System.out.printf("relay %,.0f events/s (target >= %,.0f: %s); ratio to the minimal relay %.2f (target >= %.2f:"
                        + " %s, goal >= %.2f: %s)%n", real, TARGET_EVENTS_PER_SECOND,
                real >= TARGET_EVENTS_PER_SECOND ? "met" : "NOT met", ratio, TARGET_RATIO,
                ratio >= TARGET_RATIO ? "met" : "NOT met", GOAL_RATIO, ratio >= GOAL_RATIO ? "met" : "NOT met");
        BenchResult.print("relay", String.format("%,.0f events/s (%,d events)", real, events),
                String.format("minimal relay %,.0f events/s", minimal), String.format("%.2f", ratio),
                String.format(">= %,.0f events/s and >= %.2f", TARGET_EVENTS_PER_SECOND, TARGET_RATIO),
                real >= TARGET_EVENTS_PER_SECOND && ratio >= TARGET_RATIO);
    }

    private interface Work {
        int run() throws Exception;
    }

    /** Fills the outbox afresh, then times {@code work} publishing all of it; answers events a second. */
    private double timed(String name, Connection jdbc, Work work) throws Exception {
        fill(jdbc, events);
        long start = System.nanoTime();
        int published = work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (published != events || waiting(jdbc) != 0) {
            throw new IllegalStateException(name + " published " + published + " of " + events + "; "
                    + waiting(jdbc) + " still waiting");
        }
        System.out.printf("%-14s %,d events in %.2f s: %,.0f events/s%n", name + ":", published, seconds,
                published / seconds);
        return published / seconds;
    }

    /** The service's relay, round after round, as its thread would run it with work waiting. */
    private static int relayAll(RelayOutboxUseCase relay) {
        int total = 0;
        while (true) {
            RelayOutboxUseCase.Round round = relay.relayOnce();
            if (round.failure() != null) {
                throw new IllegalStateException("the relay failed: " + round.failure());
            }
            if (!round.leader()) {
                throw new IllegalStateException("the relay did not get the lease");
            }
            if (round.published() == 0) {
                return total;
            }
            total += round.published();
        }
    }

    /**
     * The least a correct relay does: read a batch in order, send it, wait for every acknowledgement, mark it, commit.
     */
    private int minimalRelay(Connection jdbc, KafkaProducer<String, byte[]> producer, KafkaSettings settings)
            throws Exception {
        jdbc.setAutoCommit(false);
        int total = 0;
        try (PreparedStatement select = jdbc.prepareStatement("SELECT sequence, id, type, topic, event_key, source,"
                + " subject, occurred_at, data FROM outbox_event WHERE published_at IS NULL ORDER BY sequence LIMIT ?"
                + " FOR UPDATE SKIP LOCKED");
             PreparedStatement mark = jdbc.prepareStatement(
                     "UPDATE outbox_event SET published_at = ? WHERE sequence = ANY (?)")) {
            while (true) {
                select.setInt(1, batch);
                List<Long> sequences = new ArrayList<>(batch);
                List<Future<RecordMetadata>> acks = new ArrayList<>(batch);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        sequences.add(rs.getLong(1));
                        ProducerRecord<String, byte[]> record = new ProducerRecord<>(settings.topic(rs.getString(4)),
                                rs.getString(5), rs.getString(9).getBytes(StandardCharsets.UTF_8));
                        header(record, "ce_specversion", "1.0");
                        header(record, "ce_id", rs.getString(2));
                        header(record, "ce_source", rs.getString(6));
                        header(record, "ce_type", rs.getString(3));
                        header(record, "ce_subject", rs.getString(7));
                        header(record, "ce_time", rs.getTimestamp(8).toInstant().atOffset(ZoneOffset.UTC).toString());
                        header(record, "content-type", "application/json");
                        acks.add(producer.send(record));
                    }
                }
                if (sequences.isEmpty()) {
                    jdbc.commit();
                    return total;
                }
                producer.flush();
                for (Future<RecordMetadata> ack : acks) {
                    ack.get();
                }
                Array array = jdbc.createArrayOf("bigint", sequences.toArray());
                mark.setTimestamp(1, Timestamp.from(Instant.now()));
                mark.setArray(2, array);
                mark.executeUpdate();
                jdbc.commit();
                total += sequences.size();
            }
        } finally {
            jdbc.setAutoCommit(true);
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * An outbox as a busy national service leaves it: review and alert events for 150 authorities' children, each
     * with a notification, about 300 bytes of JSON each.
     */
    private static void fill(Connection jdbc, int count) throws SQLException {
        try (Statement s = jdbc.createStatement()) {
            s.execute("TRUNCATE outbox_event");
        }
        Random random = new Random(20261123L);
        LocalDate day = LocalDate.of(2026, 11, 23);
        try (PreparedStatement insert = jdbc.prepareStatement("INSERT INTO outbox_event (id, authority, type, topic,"
                + " event_key, source, subject, occurred_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                String authority = String.format("la%03d", random.nextInt(150));
                String child = "C" + random.nextInt(1_000);
                boolean notification = i % 3 == 2;
                String type = notification ? "org.openiro.notification"
                        : i % 3 == 0 ? "org.openiro.review.scheduled" : "org.openiro.alert.raised";
                String topic = notification ? "iro.notifications" : i % 3 == 0 ? "iro.reviews" : "iro.alerts";
                String key = notification ? authority + ":sw-" + random.nextInt(400) : authority + ":" + child;
                String data = notification
                        ? "{\"authority\":\"" + authority + "\",\"childId\":\"" + child + "\",\"recipient\":{\"id\":\"sw-1\","
                        + "\"role\":\"social-worker\",\"email\":\"sam.worker@" + authority + ".example.org\"},"
                        + "\"reason\":\"org.openiro.alert.raised\",\"link\":\"/api/authorities/" + authority
                        + "/alerts/" + UUID.randomUUID() + "\"}"
                        : "{\"authority\":\"" + authority + "\",\"childId\":\"" + child + "\",\"dueDate\":\""
                        + day.plusDays(random.nextInt(180)) + "\",\"sequence\":3,\"basis\":\"after-review\","
                        + "\"previousDueDate\":\"" + day.minusDays(random.nextInt(180)) + "\",\"reviewId\":\""
                        + UUID.randomUUID() + "\"}";
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, authority);
                insert.setString(3, type);
                insert.setString(4, topic);
                insert.setString(5, key);
                insert.setString(6, "/authorities/" + authority);
                insert.setString(7, "children/" + child);
                insert.setTimestamp(8, Timestamp.from(Instant.now()));
                insert.setString(9, data);
                insert.addBatch();
                if (i % 1_000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        try (Statement s = jdbc.createStatement()) {
            s.execute("ANALYZE outbox_event");
        }
    }

    private static long waiting(Connection jdbc) throws SQLException {
        try (Statement s = jdbc.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
