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

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final JsonMapper json;
    private final String token;

    /** Calls as an administrator and manager of every authority. */
    public Api(URL base, JsonMapper json) {
        this(URI.create(base.toString()), json, Tokens.superuser());
    }

    private Api(URI base, JsonMapper json, String token) {
        this.base = base;
        this.json = json;
        this.token = token;
    }

    /** The same API called with another token, or with none when {@code token} is null. */
    public Api as(String token) {
        return new Api(base, json, token);
    }

    public Reply delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    public Reply sendWithHeader(String method, String path, String body, String header, String value) {
        return send(HttpRequest.newBuilder(uri(path)).header(header, value).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (body == null) {
            return send(request.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        return send(request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart/form-data POST of text files: each part's name and its file's text. */
    public Reply upload(String path, Map<String, String> files) {
        String boundary = "----iro" + java.util.UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        files.forEach((part, text) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(part).append("\"; filename=\"")
                .append(part).append(".csv\"\r\n").append("Content-Type: text/csv\r\n\r\n").append(text)
                .append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
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

    /**
     * The fixture most tests start from: an authority on the statutory policy with one child, C1 (born 1 May 2012),
     * looked after from 28 April 2023, whose first review is due on 31 May 2023. Answers the child's path.
     */
    public String authorityWithChildInCare(String authority) {
        authority(authority);
        child(authority, "C1", "2012-05-01");
        episode(authority, "C1", "2023-04-28");
        return "/api/authorities/" + authority + "/children/C1";
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
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body(), json,
                    response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, String contentType, String location, String body, JsonMapper json,
                        Map<String, List<String>> headers) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

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
