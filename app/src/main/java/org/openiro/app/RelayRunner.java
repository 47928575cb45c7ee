package org.openiro.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.openiro.events.port.in.RelayOutboxUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the outbox relay on a thread of its own for as long as the service runs. */
@Singleton
@Requires(beans = RelayOutboxUseCase.class)
@Requires(property = "iro.relay.enabled", notEquals = "false")
class RelayRunner {

    private static final Logger LOG = LoggerFactory.getLogger(RelayRunner.class);

    private final RelayOutboxUseCase relay;
    private final Timer lag;
    private final Counter published;
    private final Counter failures;
    private volatile boolean running;
    private Thread thread;

    RelayRunner(RelayOutboxUseCase relay, MeterRegistry metrics) {
        this.relay = relay;
        this.lag = Timer.builder("iro.relay.lag")
                .description("How long the oldest event of each published batch waited, written to acknowledged")
                .publishPercentileHistogram().register(metrics);
        this.published = Counter.builder("iro.relay.published").description("Events published to Kafka")
                .register(metrics);
        this.failures = Counter.builder("iro.relay.failures")
                .description("Rounds of the relay that failed: Kafka did not acknowledge a batch, or the database failed")
                .register(metrics);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        String lastFailure = null;
        while (running) {
            Duration wait;
            try {
                RelayOutboxUseCase.Round round = relay.relayOnce();
                measure(round);
                if (round.failure() != null && !round.failure().equals(lastFailure)) {
                    LOG.warn("Events wait in the outbox: {}; retrying in {}", round.failure(), round.waitBeforeNext());
                } else if (round.failure() == null && lastFailure != null) {
                    LOG.info("Kafka is reachable again; publishing the outbox");
                }
                lastFailure = round.failure();
                wait = round.waitBeforeNext();
            } catch (RuntimeException e) {
                failures.increment();
                LOG.warn("Outbox relay round failed: {}", e.toString());
                wait = Duration.ofSeconds(1);
            }
            sleep(wait);
        }
    }

    private void measure(RelayOutboxUseCase.Round round) {
        if (round.failure() != null) {
            failures.increment();
        }
        if (round.published() > 0) {
            published.increment(round.published());
            lag.record(round.lag());
        }
    }

    private void sleep(Duration wait) {
        if (wait.isZero()) {
            return;
        }
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @EventListener
    void onShutdown(ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            relay.stepDown();
        } catch (RuntimeException e) {
            LOG.debug("could not release the relay lease: {}", e.toString());
        }
    }
}
