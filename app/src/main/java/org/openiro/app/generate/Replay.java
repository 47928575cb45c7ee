package org.openiro.app.generate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openiro.app.generate.ApiCalls.ApiCall;

/**
 * Sends a generated authority's calls to the service's HTTP API, as any client of it would: the authority's own calls
 * first, then the children's, several children at once but each child's calls in order. An id the service gives
 * (a booking's, an alert's) is read from the answer's {@code Location} and put where later calls name it. Every answer
 * must be a success: generated data the service refuses is a fault of the generator, and is reported as one.
 *
 * <p>A replay can be stopped and later resumed ({@link Resumable}): streams already answered whole are skipped, and each
 * call carries an {@code Idempotency-Key} made from its stream and place in it, so the calls of a stream cut short are
 * answered again as the first time rather than done twice.
 */
public final class Replay {

    private static final Pattern NAME = Pattern.compile("\\{\\{([a-z0-9]+)}}");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String token;
    private final int clients;

    public Replay(URI base, String token, int clients) {
        this.base = base;
        this.token = token;
        this.clients = clients;
    }

    /** What a replay did: how many calls, how many the service refused, and the first few refusals in words. */
    public record Outcome(int calls, int refused, List<String> refusals, boolean stopped) {
    }

    /**
     * How a replay that may be cut short goes on from where an earlier one stopped.
     *
     * @param done       the streams answered whole before, not sent again
     * @param streamDone told of each stream once all of it is answered
     * @param keyPrefix  the start of every {@code Idempotency-Key}, the same each time the same data is replayed
     * @param stop       true once the replay is to stop: each stream stops before its next call
     */
    public record Resumable(Set<String> done, Consumer<String> streamDone, String keyPrefix, BooleanSupplier stop) {
        static final Resumable NONE = new Resumable(Set.of(), stream -> { }, null, () -> false);
    }

    /**
     * @param progress told the number of children done so far, now and then
     */
    public Outcome send(List<ApiCall> calls, IntConsumer progress) {
        return send(calls, progress, Resumable.NONE);
    }

    /**
     * @param progress told the number of children done so far, now and then
     */
    public Outcome send(List<ApiCall> calls, IntConsumer progress, Resumable resumable) {
        Map<String, List<ApiCall>> streams = new LinkedHashMap<>();
        for (ApiCall call : calls) {
            streams.computeIfAbsent(call.stream(), s -> new ArrayList<>()).add(call);
        }
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        streams.keySet().removeAll(resumable.done());
        List<ApiCall> setUp = streams.remove("authority");
        if (setUp != null && stream(setUp, refused, refusals, resumable)) {
            resumable.streamDone().accept("authority");
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Map.Entry<String, List<ApiCall>> stream : streams.entrySet()) {
                futures.add(pool.submit(() -> {
                    if (!stream(stream.getValue(), refused, refusals, resumable)) {
                        return;
                    }
                    resumable.streamDone().accept(stream.getKey());
                    int n = done.incrementAndGet();
                    if (n % 100 == 0) {
                        progress.accept(n);
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("the replay stopped: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        progress.accept(done.get());
        return new Outcome(calls.size(), refused.get(), List.copyOf(refusals), resumable.stop().getAsBoolean());
    }

    /** @return whether every call of the stream was sent */
    private boolean stream(List<ApiCall> calls, AtomicInteger refused, List<String> refusals, Resumable resumable) {
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < calls.size(); i++) {
            ApiCall call = calls.get(i);
            if (resumable.stop().getAsBoolean()) {
                return false;
            }
            String path = fill(call.path(), ids);
            String body = fill(call.body(), ids);
            String key = resumable.keyPrefix() == null ? null : resumable.keyPrefix() + call.stream() + ":" + i;
            HttpResponse<String> answer;
            try {
                answer = send(call.method(), path, body, key);
            } catch (RuntimeException e) {
                if (resumable.stop().getAsBoolean()) {
                    return false; // the service is stopping: the stream is sent again when the replay resumes
                }
                throw e;
            }
            if (answer.statusCode() / 100 != 2) {
                refused.incrementAndGet();
                if (refusals.size() < 20) {
                    refusals.add(call.method() + " " + path + " " + body + " → " + answer.statusCode() + " "
                            + answer.body());
                }
                continue;
            }
            if (call.saveAs() != null) {
                answer.headers().firstValue("Location")
                        .ifPresent(location -> ids.put(call.saveAs(), location.substring(location.lastIndexOf('/') + 1)));
            }
        }
        return true;
    }

    private static String fill(String text, Map<String, String> ids) {
        if (text == null || !text.contains("{{")) {
            return text;
        }
        Matcher m = NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(ids.getOrDefault(m.group(1), "unknown")));
        }
        m.appendTail(out);
        return out.toString();
    }

    private HttpResponse<String> send(String method, String path, String body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
