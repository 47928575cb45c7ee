package org.openiro.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.openiro.audit.AccessEntry;
import org.openiro.audit.port.in.RecordAccessUseCase;
import org.openiro.audit.port.out.AccessLog;
import org.openiro.shared.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the access log after the answer, so a read costs no more than putting an entry in a queue: a thread of its
 * own takes what has queued every {@code iro.access-log.flush-interval} (1 s), or as soon as {@code batch-size} (500)
 * have, and writes them in one statement. At shutdown, after the requests in flight are answered, it writes what is
 * left before the database closes.
 *
 * <p>The queue is bounded ({@code capacity}, 10,000 entries: minutes of the busiest reading at the default flush) so
 * a database that stops answering cannot exhaust memory. An entry that finds it full, or that cannot be written at
 * shutdown, is not silently lost: it goes to the service's log as an ERROR line with every field, and
 * {@code iro_access_log_overflowed_total} counts it (docs/security.md). A batch the database refuses is kept and
 * tried again.
 */
@Singleton
class AccessLogWriter implements RecordAccessUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(AccessLogWriter.class);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);
    private static final Duration SLICE = Duration.ofMillis(100);

    private final AccessLog log;
    private final UnitOfWork unitOfWork;
    private final BlockingQueue<AccessEntry> queue;
    private final int batchSize;
    private final Duration flushInterval;
    private final Counter written;
    private final Counter overflowed;
    /** The batch being written: the writer thread's alone until it has ended, then onShutdown's. */
    private final List<AccessEntry> pending = new ArrayList<>();
    private volatile boolean running;
    private volatile boolean closed;
    private Thread thread;

    AccessLogWriter(AccessLog log, UnitOfWork unitOfWork, MeterRegistry metrics,
                    @Value("${iro.access-log.capacity:10000}") int capacity,
                    @Value("${iro.access-log.batch-size:500}") int batchSize,
                    @Value("${iro.access-log.flush-interval:1s}") Duration flushInterval) {
        this.log = log;
        this.unitOfWork = unitOfWork;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.flushInterval = flushInterval;
        this.written = Counter.builder("iro.access-log.written").description("Access log entries written")
                .register(metrics);
        this.overflowed = Counter.builder("iro.access-log.overflowed")
                .description("Access log entries written to the service's log instead: the queue was full, or the "
                        + "database failed at shutdown")
                .register(metrics);
        Gauge.builder("iro.access-log.queued", queue, BlockingQueue::size)
                .description("Access log entries waiting to be written").register(metrics);
    }

    @Override
    public void record(AccessEntry entry) {
        if (closed || !queue.offer(entry)) {
            overflow(entry, closed ? "the service has stopped writing it" : "its queue is full");
        }
    }

    @EventListener
    void onStartup(StartupEvent event) {
        running = true;
        thread = new Thread(this::loop, "access-log-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Until the service stops; what is left then, in the batch or the queue, onShutdown writes. */
    private void loop() {
        List<AccessEntry> batch = pending;
        Duration retry = flushInterval;
        String lastFailure = null;
        while (running) {
            try {
                if (batch.isEmpty()) {
                    collect(batch);
                }
                if (!batch.isEmpty() && running) {
                    write(batch);
                    batch.clear();
                    if (lastFailure != null) {
                        LOG.info("The access log is being written again");
                    }
                    lastFailure = null;
                    retry = flushInterval;
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!e.toString().equals(lastFailure)) {
                    LOG.warn("Access log entries wait in memory ({} queued): {}; retrying", queue.size() + batch.size(),
                            e.toString());
                }
                lastFailure = e.toString();
                sleep(retry);
                retry = retry.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : retry.multipliedBy(2);
            }
        }
    }

    /**
     * Waits for a first entry, then takes what comes by the end of the flush interval or until the batch is full;
     * in slices of at most {@link #SLICE}, so that a stop is noticed at once.
     */
    private void collect(List<AccessEntry> batch) throws InterruptedException {
        long deadline = 0;
        while (batch.size() < batchSize && running) {
            long left = batch.isEmpty() ? SLICE.toNanos() : deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            AccessEntry next = queue.poll(Math.min(SLICE.toNanos(), left), TimeUnit.NANOSECONDS);
            if (next != null) {
                if (batch.isEmpty()) {
                    deadline = System.nanoTime() + flushInterval.toNanos();
                }
                batch.add(next);
                queue.drainTo(batch, batchSize - batch.size());
            }
        }
    }

    private void write(List<AccessEntry> batch) {
        unitOfWork.run(() -> log.appendAll(batch));
        written.increment(batch.size());
    }

    /** In slices, so that a stop is noticed at once. */
    private void sleep(Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        try {
            while (running && until - System.nanoTime() > 0) {
                Thread.sleep(Math.min(SLICE.toMillis(), Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** After the requests in flight are answered and before the database closes: nothing queued is lost. */
    @EventListener
    void onShutdown(ShutdownEvent event) {
        running = false;
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closed = true;
        List<AccessEntry> rest = new ArrayList<>(thread != null && thread.isAlive() ? List.of() : pending);
        queue.drainTo(rest);
        int done = 0;
        for (int from = 0; from < rest.size(); from += batchSize) {
            List<AccessEntry> batch = rest.subList(from, Math.min(rest.size(), from + batchSize));
            try {
                write(batch);
                done += batch.size();
            } catch (RuntimeException e) {
                LOG.error("Could not write {} access log entries at shutdown: {}", batch.size(), e.toString());
                batch.forEach(entry -> overflow(entry, "the database failed at shutdown"));
            }
        }
        if (done > 0) {
            LOG.info("Wrote the last {} access log entries before stopping", done);
        }
    }

    private void overflow(AccessEntry e, String why) {
        overflowed.increment();
        LOG.error("Access log entry not written to the database ({}), kept here instead: at={} authority={} user={} "
                        + "action={} resource={} id={} method={} path={} status={} requestId={}", why, e.at(),
                e.authority().value(), e.username(), e.kind().id(), e.resource(), e.resourceId(), e.method(),
                e.path(), e.status(), e.requestId());
    }
}
