package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openiro.audit.AccessEntry;
import org.openiro.audit.AccessKind;
import org.openiro.audit.AccessQuery;
import org.openiro.audit.port.out.AccessLog;
import org.openiro.authority.AuthorityCode;
import org.openiro.shared.Page;
import org.openiro.shared.UnitOfWork;

/** The access log's writer alone, over a log in memory: what it does when the queue is full or the database fails. */
class AccessLogWriterTest {

    /** Kept in memory; refuses the first {@code failures} batches, as a database out of reach. */
    private static final class MemoryLog implements AccessLog {
        final List<AccessEntry> entries = new CopyOnWriteArrayList<>();
        final AtomicInteger failures;

        MemoryLog(int failures) {
            this.failures = new AtomicInteger(failures);
        }

        @Override
        public void appendAll(List<AccessEntry> batch) {
            if (failures.getAndDecrement() > 0) {
                throw new IllegalStateException("the database is out of reach");
            }
            entries.addAll(batch);
        }

        @Override
        public Page<AccessEntry> search(AuthorityCode authority, AccessQuery query, Page.Request page) {
            throw new UnsupportedOperationException();
        }
    }

    private static final UnitOfWork DIRECT = new UnitOfWork() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };

    private final MeterRegistry metrics = new SimpleMeterRegistry();

    private static AccessEntry read(String childId) {
        return new AccessEntry(0, Instant.now(), AuthorityCode.of("demo"), "maria", AccessKind.READ, "child", childId,
                "GET", "/api/authorities/demo/children/" + childId, 200, "r-" + childId);
    }

    private double overflowed() {
        return metrics.counter("iro.access-log.overflowed").count();
    }

    @Test
    void an_entry_that_finds_the_queue_full_is_counted_and_logged_and_the_rest_written_at_the_stop() {
        MemoryLog log = new MemoryLog(0);
        AccessLogWriter writer = new AccessLogWriter(log, DIRECT, metrics, 2, 500, Duration.ofSeconds(1));

        writer.record(read("C1"));
        writer.record(read("C2"));
        writer.record(read("C3"));

        assertThat(overflowed()).as("the third found the queue full").isEqualTo(1);
        assertThat(log.entries).isEmpty();
        writer.onShutdown(null);
        assertThat(log.entries).extracting(AccessEntry::resourceId).containsExactly("C1", "C2");
        assertThat(metrics.counter("iro.access-log.written").count()).isEqualTo(2);
    }

    @Test
    void a_batch_the_database_refuses_is_kept_and_written_once_it_answers() throws InterruptedException {
        MemoryLog log = new MemoryLog(2);
        AccessLogWriter writer = new AccessLogWriter(log, DIRECT, metrics, 100, 500, Duration.ofMillis(50));
        writer.onStartup(null);
        try {
            writer.record(read("C1"));
            writer.record(read("C2"));
            Instant until = Instant.now().plusSeconds(10);
            while (log.entries.size() < 2 && Instant.now().isBefore(until)) {
                Thread.sleep(20);
            }
            assertThat(log.entries).extracting(AccessEntry::resourceId).containsExactly("C1", "C2");
            assertThat(overflowed()).isZero();
        } finally {
            writer.onShutdown(null);
        }
    }

    @Test
    void nothing_is_dropped_silently_after_the_stop_either() {
        MemoryLog log = new MemoryLog(0);
        AccessLogWriter writer = new AccessLogWriter(log, DIRECT, metrics, 100, 500, Duration.ofSeconds(1));
        writer.onShutdown(null);

        writer.record(read("C1"));

        assertThat(overflowed()).isEqualTo(1);
        assertThat(log.entries).isEmpty();
    }

    @Test
    void a_database_failing_at_the_stop_sends_what_waits_to_the_log() {
        MemoryLog log = new MemoryLog(Integer.MAX_VALUE);
        AccessLogWriter writer = new AccessLogWriter(log, DIRECT, metrics, 100, 500, Duration.ofSeconds(1));
        writer.record(read("C1"));
        writer.record(read("C2"));

        writer.onShutdown(null);

        assertThat(overflowed()).isEqualTo(2);
    }
}
