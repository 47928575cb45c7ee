package org.openiro.app.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The HTTP API as an outside client calls it: paths and JSON exactly as api.md writes them. */
public final class Api {

    private final URI base;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Api(URL base, JsonMapper json) {
        this.base = URI.create(base.toString());
        this.json = json;
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Reply put(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply post(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Sets up an authority on the statutory policy. */
    public Reply authority(String code) {
        return put("/api/authorities/" + code, "{\"name\": \"Test Borough " + code + "\", \"policy\": {\"preset\": \"statutory\"}}");
    }

    public Reply child(String authority, String childId, String dateOfBirth) {
        return put("/api/authorities/" + authority + "/children/" + childId, """
                {"dateOfBirth": "%s", "gender": "female", "ethnicity": "WBRI", "uasc": false, "disability": false,
                 "name": "Amy Example"}""".formatted(dateOfBirth));
    }

    public Reply episode(String authority, String childId, String startDate) {
        return post("/api/authorities/" + authority + "/children/" + childId + "/episodes", """
                {"startDate": "%s", "legalStatus": "C1", "placement": {"type": "U6", "over20Miles": false}}"""
                .formatted(startDate));
    }

    private URI uri(String path) {
        return base.resolve(path);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, String contentType, String location, String body, JsonMapper json) {

        public Map<String, Object> map() {
            try {
                return json.readValue(body, Argument.mapOf(String.class, Object.class));
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** A value by a dotted path, with list indexes as numbers: {@code errors.0.field}. */
        public Object at(String path) {
            Object current = map();
            for (String part : path.split("\\.")) {
                if (current instanceof Map<?, ?> m) {
                    current = m.get(part);
                } else if (current instanceof List<?> l) {
                    current = l.get(Integer.parseInt(part));
                } else {
                    return null;
                }
            }
            return current;
        }

        @SuppressWarnings("unchecked")
        public List<String> errorFields() {
            Object errors = map().get("errors");
            return errors == null ? List.of()
                    : ((List<Map<String, Object>>) errors).stream().map(e -> (String) e.get("field")).toList();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
