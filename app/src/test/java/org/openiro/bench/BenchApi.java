package org.openiro.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The service's HTTP API called with one token, for seeding: any answer but the expected one stops the benchmark,
 * since figures measured on data that did not go in as meant would mean nothing.
 */
final class BenchApi {

    private final HttpClient http;
    private final URI base;
    private final String token;
    private final AtomicInteger requests = new AtomicInteger();

    BenchApi(HttpClient http, URI base, String token) {
        this.http = http;
        this.base = base;
        this.token = token;
    }

    /** How many requests it has sent. */
    int requests() {
        return requests.get();
    }

    String expect(String method, String path, String json, int status) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            requests.incrementAndGet();
            if (response.statusCode() != status) {
                throw new IllegalStateException(method + " " + path + " " + json + "\n answered "
                        + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
