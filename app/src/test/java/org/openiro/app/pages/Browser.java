package org.openiro.app.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages as a browser without JavaScript uses them, at the HTTP level: cookies kept, redirects not followed (a test
 * sees each one), forms posted url-encoded with the CSRF token the page gave.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    Browser(String base) {
        this.base = URI.create(base);
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    record Page(int status, String body, Map<String, java.util.List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String location() {
            return header("Location");
        }

        String csrf() {
            Matcher m = CSRF.matcher(body);
            return m.find() ? m.group(1) : null;
        }
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html").GET());
    }

    /** Posts the fields as a form (in the order given). */
    Page post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return postRaw(path, body);
    }

    /** Posts a body already url-encoded: for a form that repeats a field (checkboxes, a plan's hidden moves). */
    Page postRaw(String path, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                // as a browser posting one of the service's own forms says it (the cookie-sign-in origin check)
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Posts a multipart form as a browser does with a file input: the text fields, then each file part as {@code
     * part -> [file name, text]} (an empty name and text for a file input left empty).
     */
    Page postMultipart(String path, Map<String, String> fields, Map<String, String[]> files) {
        String boundary = "----iroPage" + java.util.UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        files.forEach((part, file) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(part).append("\"; filename=\"")
                .append(file[0]).append("\"\r\n").append("Content-Type: ")
                .append(file[0].isEmpty() ? "application/octet-stream" : "text/csv").append("\r\n\r\n")
                .append(file[1]).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Signs in through the form, as a person would: the form's token, then the username and password. */
    Page signIn(String username, String password) {
        String token = get("/").csrf();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", token);
        form.put("username", username);
        form.put("password", password);
        return post("/", form);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
