package org.openiro.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.openiro.app.generate.Generator;
import org.openiro.app.generate.Load;
import org.openiro.app.generate.Output;

/**
 * {@code ./iro generate --authorities N --children M --years Y --seed S [--today D] [--out DIR | --into-database]}:
 * invents authorities, deterministically from the seed (and the day, which {@code --today} can fix), and writes each
 * as the DfE's SSDA903 files plus every HTTP request that records the rest (IROs, allocations, reviews in full,
 * bookings, midway reviews, alerts), or loads them into the database the service is configured with, through the
 * service's own API.
 */
public final class Generate {

    private Generate() {
    }

    public static void main(String[] args) throws IOException {
        int authorities = 1;
        int children = 1000;
        int years = 3;
        long seed = 2026;
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Path out = null;
        boolean intoDatabase = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--authorities" -> authorities = Integer.parseInt(args[++i]);
                    case "--children" -> children = Integer.parseInt(args[++i]);
                    case "--years" -> years = Integer.parseInt(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--today" -> today = LocalDate.parse(args[++i]);
                    case "--out" -> out = Path.of(args[++i]);
                    case "--into-database" -> intoDatabase = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if ((out == null) == !intoDatabase) {
                throw new IllegalArgumentException("say where: --out DIR or --into-database");
            }
        } catch (RuntimeException e) {
            System.err.println("iro generate: " + e.getMessage());
            System.err.println("usage: ./iro generate --authorities N --children M --years Y --seed S [--today YYYY-MM-DD]"
                    + " (--out DIR | --into-database)");
            System.exit(2);
            return;
        }
        Generator generator = new Generator(new Generator.Settings(authorities, children, years, seed, today));
        long started = System.nanoTime();
        if (out != null) {
            Output.Written written = Output.write(generator, out);
            System.out.printf("wrote %d authorities to %s: %d children, %d episodes, %d reviews, %d UASC, %d requests"
                            + " in %.1f s%n", written.authorities(), out, written.children(), written.episodes(),
                    written.reviews(), written.uasc(), written.requests(), (System.nanoTime() - started) / 1e9);
            return;
        }
        // The service itself, on a port of its own, without its relay, scan or demo: what it records waits in the
        // outbox for the service's relay.
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "iro.relay.enabled", false, "iro.scan.enabled", false, "iro.demo.enabled", false))) {
            Load.Loaded loaded = Load.into(server, generator, 4, message -> System.out.println("iro generate: "
                    + message));
            System.out.printf("loaded %d authorities: %d children, %d requests in %.1f s%n", loaded.authorities(),
                    loaded.children(), loaded.calls(), (System.nanoTime() - started) / 1e9);
        } catch (IllegalStateException refused) {
            System.err.println("iro generate: " + refused.getMessage());
            System.exit(1);
        }
    }
}
