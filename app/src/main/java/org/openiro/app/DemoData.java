package org.openiro.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.openiro.app.generate.Generator;
import org.openiro.app.generate.Load;
import org.openiro.app.generate.Replay;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's demo authority, {@code demo}: a generated county of about a thousand children over three
 * years (issue 10), so that a newcomer's first report looks like a board paper. It is loaded once, the first time the
 * service starts on an empty database, through the service's own HTTP API; the service answers meanwhile, and the log
 * says when the demo is complete. Every child is invented.
 *
 * <p>A load the service's stop cuts short (issue 22) stops between requests and resumes at the next start, with the
 * data generated for the day it began: the children answered whole are not sent again, and the requests of those cut
 * short carry the same {@code Idempotency-Key}s, so what was done is answered, not done twice.
 */
@Singleton
@Requires(property = "iro.demo.enabled", value = "true")
class DemoData implements GracefulShutdownCapable {

    static final AuthorityCode DEMO = AuthorityCode.of("demo");
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final AuthorityRepository authorities;
    private final DemoProgress progress;
    private final Clock clock;
    private final int children;
    private final int years;
    private final long seed;
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();
    /** Completes when the loader's thread has ended, or at once when there is none. */
    private final CompletableFuture<Void> loaderEnded = new CompletableFuture<>();
    private volatile boolean stopping;

    DemoData(AuthorityRepository authorities, DemoProgress progress, Clock clock,
             @Value("${iro.demo.children:1000}") int children, @Value("${iro.demo.years:3}") int years,
             @Value("${iro.demo.seed:2026}") long seed) {
        this.authorities = authorities;
        this.progress = progress;
        this.clock = clock;
        this.children = children;
        this.years = years;
        this.seed = seed;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        Optional<DemoProgress.Begun> begun = progress.find(DEMO.value());
        boolean there = authorities.find(DEMO).isPresent();
        if (there && begun.map(b -> b.loadedAt() != null).orElse(true)) {
            loaded.complete(null);
            loaderEnded.complete(null);
            return;
        }
        DemoProgress.Begun load = begun.orElseGet(() -> new DemoProgress.Begun(seed, children, years,
                LocalDate.now(clock), clock.instant(), null));
        if (begun.isEmpty()) {
            progress.begin(DEMO.value(), load);
        }
        EmbeddedServer server = event.getSource();
        Thread loader = new Thread(() -> {
            try {
                load(server, load, begun.isPresent());
            } finally {
                loaderEnded.complete(null);
            }
        }, "demo-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private void load(EmbeddedServer server, DemoProgress.Begun load, boolean resuming) {
        long started = System.nanoTime();
        Set<String> done = progress.streamsDone(DEMO.value());
        if (resuming) {
            LOG.info("Resuming the demo authority 'demo', begun on {} and stopped part way: {} of {} children were"
                    + " loaded; loading the rest", load.startedAt(), children(done), load.children());
        } else {
            LOG.info("Loading the demo authority 'demo': {} invented children over {} years (a minute or two, once)",
                    load.children(), load.years());
        }
        try {
            Load.Loaded result = Load.into(server, new Generator(new Generator.Settings(1, load.children(),
                    load.years(), load.seed(), load.generatedFor())), 4, message -> LOG.info("Demo: {}", message),
                    new Replay.Resumable(done, stream -> progress.streamDone(DEMO.value(), stream),
                            "demo-" + load.generatedFor() + "-", () -> stopping));
            if (result.stopped()) {
                LOG.info("The demo load stopped with the service, {} of {} children loaded; it resumes at the next"
                        + " start", children(progress.streamsDone(DEMO.value())), load.children());
                return;
            }
            progress.loaded(DEMO.value(), clock.instant());
            LOG.info("Demo authority 'demo' loaded: {} children, {} requests in {} s", result.children(),
                    result.calls(), Math.round((System.nanoTime() - started) / 1e9));
            loaded.complete(null);
        } catch (RuntimeException e) {
            if (stopping) {
                LOG.info("The demo load stopped with the service; it resumes at the next start");
                return;
            }
            LOG.error("The demo authority could not be loaded: {}", e.getMessage());
            loaded.completeExceptionally(e);
        }
    }

    /** The children among the streams, the authority's own set-up being one of them. */
    private static long children(Set<String> streams) {
        return streams.stream().filter(s -> !s.equals("authority")).count();
    }

    /** Done once the demo is whole: at once when it was there already. */
    CompletableFuture<Void> loaded() {
        return loaded;
    }

    /** The service is stopping: the load stops between requests, while the server still answers those in flight. */
    @Override
    public CompletionStage<?> shutdownGracefully() {
        stopping = true;
        return loaderEnded;
    }
}
