package org.openiro.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP client a benchmark drives the service with: HTTP/1.1 with keep-alive, as the load's clients would call it,
 * on daemon threads of its own that are stopped with it, so a benchmark's JVM can end when its work is done.
 */
final class BenchHttp implements AutoCloseable {

    private final ExecutorService threads = Executors.newCachedThreadPool(LoadDriver.daemon("http"));
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).executor(threads)
            .build();

    HttpClient client() {
        return client;
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
