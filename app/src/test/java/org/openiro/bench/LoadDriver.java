package org.openiro.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Concurrent HTTP clients, one thread each, asking again as soon as an answer came (or after a think time): a warm-up
 * that is not counted, then {@code duration} seconds in which every request's latency is kept ({@code nanoTime}).
 * Over loopback with {@code java.net.http.HttpClient} (HTTP/1.1, keep-alive) on the same machine as the service.
 */
final class LoadDriver {

    /** The next request of one client; each client calls it from its own thread only. */
    interface Requests {
        HttpRequest next(int client);
    }

    /**
     * Latencies in nanoseconds, sorted, of the measured requests that succeeded (2xx); those that did not, and the
     * first of them, to say why.
     */
    record Result(String name, long[] nanos, long failures, String firstFailure, double seconds) {

        double percentile(double q) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(q * nanos.length);
            return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
        }

        double p50() {
            return percentile(0.50);
        }

        double p95() {
            return percentile(0.95);
        }

        double perSecond() {
            return nanos.length / seconds;
        }

        /** Failed requests as a share of all measured ones. */
        double failureRate() {
            long all = nanos.length + failures;
            return all == 0 ? 0 : (double) failures / all;
        }

        String line() {
            return String.format("%-8s %,9d requests in %.1f s, %,8.1f req/s, %d errors; latency ms: p50 %.2f, "
                            + "p95 %.2f, p99 %.2f, max %.2f", name + ":", nanos.length, seconds, perSecond(),
                    failures, p50(), p95(), percentile(0.99),
                    nanos.length == 0 ? Double.NaN : nanos[nanos.length - 1] / 1e6);
        }
    }

    private final HttpClient http;
    private final int clients;
    private final int warmup;
    private final int duration;

    /** @param warmup and {@code duration} in seconds */
    LoadDriver(HttpClient http, int clients, int warmup, int duration) {
        this.http = http;
        this.clients = clients;
        this.warmup = warmup;
        this.duration = duration;
    }

    Result drive(String name, int thinkMs, Requests requests) throws Exception {
        System.out.printf("%s: warming up for %d s...%n", name, warmup);
        long warmEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup);
        long end = warmEnd + TimeUnit.SECONDS.toNanos(duration);
        ExecutorService pool = Executors.newFixedThreadPool(clients, daemon("client-" + name));
        try {
            AtomicLong failures = new AtomicLong();
            AtomicReference<String> firstFailure = new AtomicReference<>();
            long[] lastFinish = new long[clients];
            List<Future<long[]>> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                threads.add(pool.submit(() -> {
                    Latencies kept = new Latencies();
                    long now = System.nanoTime();
                    while (now < end) {
                        boolean measured = now >= warmEnd;
                        long t0 = System.nanoTime();
                        String failure = send(requests.next(client));
                        long t1 = System.nanoTime();
                        if (measured && failure == null) {
                            kept.add(t1 - t0);
                        } else if (measured) {
                            failures.incrementAndGet();
                            firstFailure.compareAndSet(null, failure);
                        }
                        now = t1;
                        if (thinkMs > 0 && now < end) {
                            // A user reads the answer before asking again; the wait is not counted as latency.
                            long think = TimeUnit.MILLISECONDS.toNanos(thinkMs / 2
                                    + ThreadLocalRandom.current().nextInt(thinkMs + 1));
                            TimeUnit.NANOSECONDS.sleep(Math.min(think, end - now));
                            now = System.nanoTime();
                        }
                    }
                    lastFinish[client] = now;
                    return kept.toArray();
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : threads) {
                all.add(f.get());
            }
            long finished = Arrays.stream(lastFinish).max().orElse(end);
            long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            Result result = new Result(name, merged, failures.get(), firstFailure.get(), (finished - warmEnd) / 1e9);
            System.out.println(result.line());
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends one request; answers null when it succeeded, or else what went wrong. */
    private String send(HttpRequest request) throws InterruptedException {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            return status / 100 == 2 ? null : request.method() + " " + request.uri().getPath() + " answered "
                    + status + " " + new String(response.body(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return request.method() + " " + request.uri().getPath() + " failed: " + e;
        }
    }

    /** A growing array of longs, so that keeping a latency costs the client no boxing. */
    private static final class Latencies {
        private long[] values = new long[4096];
        private int count;

        void add(long value) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, count);
        }
    }

    static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "bench-" + name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
