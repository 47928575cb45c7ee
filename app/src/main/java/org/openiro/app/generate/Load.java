package org.openiro.app.generate;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.generator.TokenGenerator;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.openiro.app.generate.ApiCalls.ApiCall;

/**
 * Loads generated authorities into a running service through its own HTTP API, signed in as a generator with the
 * rights of an administrator of every authority: every record passes the checks, the audit trail and the outbox a
 * client's would.
 */
public final class Load {

    private Load() {
    }

    /** What was loaded; {@code stopped} when it was stopped before the end, to be resumed. */
    public record Loaded(int authorities, int children, int calls, boolean stopped) {
    }

    /** Every call of one authority: its set-up, then each child's. */
    static List<ApiCall> calls(Synthetic.Authority authority) {
        List<ApiCall> calls = new ArrayList<>(ApiCalls.setUp(authority));
        for (Synthetic.Child child : authority.children()) {
            calls.addAll(ApiCalls.ofChild(authority, child));
        }
        return calls;
    }

    /**
     * @param log told of progress in words
     * @throws IllegalStateException when the service refused any call
     */
    public static Loaded into(EmbeddedServer server, Generator generator, int clients, Consumer<String> log) {
        return into(server, generator, clients, log, Replay.Resumable.NONE);
    }

    /**
     * @param resumable where an earlier load stopped, and how this one may be stopped in turn
     * @throws IllegalStateException when the service refused any call
     */
    public static Loaded into(EmbeddedServer server, Generator generator, int clients, Consumer<String> log,
                              Replay.Resumable resumable) {
        TokenGenerator tokens = server.getApplicationContext().findBean(TokenGenerator.class).orElseThrow(() ->
                new IllegalStateException("loading generated data needs the service's own token signer, which is"
                        + " off while an identity provider is configured"));
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "generator");
        claims.put("iat", now);
        claims.put("exp", now + 24 * 3600);
        claims.put("roles", List.of("admin", "manager"));
        claims.put("authorities", List.of("*"));
        String token = tokens.generateToken(claims).orElseThrow();
        URI base = URI.create("http://127.0.0.1:" + server.getPort());
        Replay replay = new Replay(base, token, clients);
        int children = 0;
        int calls = 0;
        List<String> codes = generator.codes();
        for (int i = 0; i < codes.size(); i++) {
            Synthetic.Authority authority = generator.authority(i);
            List<ApiCall> authorityCalls = calls(authority);
            int size = authority.children().size();
            log.accept("loading " + authority.code() + ": " + size + " children, " + authorityCalls.size()
                    + " requests");
            Replay.Outcome outcome = replay.send(authorityCalls, done -> {
                if (size >= 400 && done % Math.max(100, size / 4 / 100 * 100) == 0 && done < size) {
                    log.accept(authority.code() + ": " + done + " of " + size + " children");
                }
            }, resumable);
            if (outcome.refused() > 0) {
                throw new IllegalStateException(outcome.refused() + " of " + outcome.calls() + " requests for "
                        + authority.code() + " were refused; the first: " + String.join("\n", outcome.refusals()));
            }
            if (outcome.stopped()) {
                return new Loaded(codes.size(), children, calls, true);
            }
            children += size;
            calls += outcome.calls();
        }
        return new Loaded(codes.size(), children, calls, false);
    }
}
