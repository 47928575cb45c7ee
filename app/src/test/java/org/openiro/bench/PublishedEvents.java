package org.openiro.bench;

import io.cloudevents.CloudEvent;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openiro.app.support.TopicReader;

/**
 * What the outbox relays published, read back from the broker as a consumer would and held against the outbox: every
 * row must arrive once. The events' CloudEvents ids are the outbox rows' ids, so an id read twice is an event
 * published twice (two relays at once, or a batch sent again after it was acknowledged), and an id of the outbox never
 * read is an event lost.
 *
 * <p>Each key's events must also arrive in the outbox's order (events.md), the first time each arrives: a consumer that
 * de-duplicates by id applies an event only the first time, so an older event arriving first after a newer one is
 * applied after it (issue 22: stale {@code review.scheduled} moved due dates backwards). Arriving again after its
 * turn, as a batch resent after a crash does, harms nothing.
 *
 * @param events     records read from the topics
 * @param distinct   distinct ids among them
 * @param outboxRows rows in the outbox, every one marked published
 * @param missing    rows of the outbox whose id was never read
 * @param outOfOrder events that arrived, the first time, after a later event of the same key
 */
public record PublishedEvents(long events, long distinct, long outboxRows, long missing, long outOfOrder) {

    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(2);
    /** How long to go on reading after every event has arrived, so that a late duplicate is seen too. */
    private static final Duration SETTLE = Duration.ofSeconds(3);

    public long duplicates() {
        return events - distinct;
    }

    boolean exactlyOnce() {
        return duplicates() == 0 && missing == 0;
    }

    public String line() {
        return String.format("%,d events read back for %,d outbox rows: %,d distinct ids, %d published twice, %d "
                + "never published, %d out of order", events, outboxRows, distinct, duplicates(), missing, outOfOrder);
    }

    /** One row of the outbox: what it is keyed by, and its place in the outbox's order. */
    private record Row(String key, long sequence) {
    }

    /** Waits until the relays have published every row of the outbox, then reads each of its topics back. */
    static PublishedEvents readBack(BenchDatabase database, String kafka, String topicPrefix) throws Exception {
        awaitDrained(database);
        Map<String, Map<String, Row>> rowsByTopic = outboxRows(database);
        long events = 0;
        long outOfOrder = 0;
        Set<String> read = new HashSet<>();
        for (Map.Entry<String, Map<String, Row>> topic : rowsByTopic.entrySet()) {
            List<ConsumerRecord<String, CloudEvent>> records = read(kafka, topicPrefix + topic.getKey(),
                    topic.getValue().size());
            events += records.size();
            Map<String, Long> latestByKey = new HashMap<>();
            for (ConsumerRecord<String, CloudEvent> record : records) {
                Row row = topic.getValue().get(record.value().getId());
                if (read.add(record.value().getId()) && row != null) {
                    long latest = latestByKey.getOrDefault(row.key(), Long.MIN_VALUE);
                    if (row.sequence() < latest) {
                        outOfOrder++;
                    }
                    latestByKey.put(row.key(), Math.max(latest, row.sequence()));
                }
            }
        }
        long rows = rowsByTopic.values().stream().mapToLong(Map::size).sum();
        long missing = rowsByTopic.values().stream().flatMap(m -> m.keySet().stream())
                .filter(id -> !read.contains(id)).count();
        return new PublishedEvents(events, read.size(), rows, missing, outOfOrder);
    }

    private static void awaitDrained(BenchDatabase database) throws SQLException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + DRAIN_TIMEOUT.toNanos();
        long waiting;
        while ((waiting = count(database, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(waiting + " events still wait in the outbox after "
                        + DRAIN_TIMEOUT.toMinutes() + " min; see the services' logs");
            }
            Thread.sleep(200);
        }
        System.out.printf("outbox drained %.1f s after the load ended%n", (System.nanoTime() - start) / 1e9);
    }

    private static List<ConsumerRecord<String, CloudEvent>> read(String kafka, String topic, int expected) {
        try (TopicReader reader = new TopicReader(kafka, topic)) {
            reader.await(r -> true, expected, READ_TIMEOUT);
            List<ConsumerRecord<String, CloudEvent>> records = reader.settle(r -> true, SETTLE);
            System.out.printf("%s: %,d records (%,d rows of the outbox)%n", topic, records.size(), expected);
            return records;
        }
    }

    private static Map<String, Map<String, Row>> outboxRows(BenchDatabase database) throws SQLException {
        Map<String, Map<String, Row>> rows = new LinkedHashMap<>();
        try (Connection c = database.connect("");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT topic, id, event_key, sequence FROM outbox_event ORDER BY topic")) {
            while (rs.next()) {
                rows.computeIfAbsent(rs.getString(1), t -> new HashMap<>())
                        .put(rs.getString(2), new Row(rs.getString(3), rs.getLong(4)));
            }
        }
        return rows;
    }

    private static long count(BenchDatabase database, String sql) throws SQLException {
        try (Connection c = database.connect("");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
