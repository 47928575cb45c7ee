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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openiro.app.generate.ApiCalls.ApiCall;

/**
 * Sends a generated authority's calls to the service's HTTP API, as any client of it would: the authority's own calls
 * first, then the children's, several children at once but each child's calls in order. An id the service gives
 * (a booking's, an alert's) is read from the answer's {@code Location} and put where later calls name it. Every answer
 * must be a success: generated data the service refuses is a fault of the generator, and is reported as one.
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
    public record Outcome(int calls, int refused, List<String> refusals) {
    }

    /**
     * @param progress told the number of children done so far, now and then
     */
    public Outcome send(List<ApiCall> calls, IntConsumer progress) {
        Map<String, List<ApiCall>> streams = new LinkedHashMap<>();
        for (ApiCall call : calls) {
            streams.computeIfAbsent(call.stream(), s -> new ArrayList<>()).add(call);
        }
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<ApiCall> setUp = streams.remove("authority");
        if (setUp != null) {
            stream(setUp, refused, refusals);
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (List<ApiCall> stream : streams.values()) {
                futures.add(pool.submit(() -> {
                    stream(stream, refused, refusals);
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
        return new Outcome(calls.size(), refused.get(), List.copyOf(refusals));
    }

    private void stream(List<ApiCall> calls, AtomicInteger refused, List<String> refusals) {
        Map<String, String> ids = new HashMap<>();
        for (ApiCall call : calls) {
            String path = fill(call.path(), ids);
            String body = fill(call.body(), ids);
            HttpResponse<String> answer = send(call.method(), path, body);
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

    private HttpResponse<String> send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
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
