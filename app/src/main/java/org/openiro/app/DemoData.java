package org.openiro.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import org.openiro.app.generate.Generator;
import org.openiro.app.generate.Load;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's demo authority, {@code demo}: a generated county of about a thousand children over three
 * years (issue 10), so that a newcomer's first report looks like a board paper. It is loaded once, the first time the
 * service starts on an empty database, through the service's own HTTP API; the service answers meanwhile, and the log
 * says when the demo is complete. Every child is invented.
 */
@Singleton
@Requires(property = "iro.demo.enabled", value = "true")
class DemoData {

    static final AuthorityCode DEMO = AuthorityCode.of("demo");
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final AuthorityRepository authorities;
    private final Clock clock;
    private final int children;
    private final int years;
    private final long seed;
    private final java.util.concurrent.CompletableFuture<Void> loaded = new java.util.concurrent.CompletableFuture<>();

    DemoData(AuthorityRepository authorities, Clock clock, @Value("${iro.demo.children:1000}") int children,
             @Value("${iro.demo.years:3}") int years, @Value("${iro.demo.seed:2026}") long seed) {
        this.authorities = authorities;
        this.clock = clock;
        this.children = children;
        this.years = years;
        this.seed = seed;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        if (authorities.find(DEMO).isPresent()) {
            loaded.complete(null);
            return;
        }
        EmbeddedServer server = event.getSource();
        Thread loader = new Thread(() -> load(server), "demo-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private void load(EmbeddedServer server) {
        long started = System.nanoTime();
        LOG.info("Loading the demo authority 'demo': {} invented children over {} years (a minute or two, once)",
                children, years);
        try {
            Load.Loaded done = Load.into(server, new Generator(new Generator.Settings(1, children, years, seed,
                    LocalDate.now(clock))), 4, message -> LOG.info("Demo: {}", message));
            LOG.info("Demo authority 'demo' loaded: {} children, {} requests in {} s", done.children(),
                    done.calls(), Math.round((System.nanoTime() - started) / 1e9));
            loaded.complete(null);
        } catch (RuntimeException e) {
            LOG.error("The demo authority could not be loaded: {}", e.getMessage());
            loaded.completeExceptionally(e);
        }
    }

    /** Done once the demo is whole: at once when it was there already. */
    java.util.concurrent.CompletableFuture<Void> loaded() {
        return loaded;
    }
}
