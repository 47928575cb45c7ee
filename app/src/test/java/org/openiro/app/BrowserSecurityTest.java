package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.Tokens;

/**
 * What a browser is told and what it may do (issue 19, items 4 and 5): answers are not cached and carry a strict
 * Content-Security-Policy; a change signed in by the cookie alone must come from the service's own pages; signing out
 * clears the cookie; a session lasts at most 8 hours.
 */
@MicronautTest(environments = "pg", transactional = false)
class BrowserSecurityTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Api api;
    private final String authority = TestAuthorities.fresh("browser");
    private final String admin = TestAuthorities.fresh("browser.admin");

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        api.authority(authority);
    }

    private String origin() {
        return "http://" + server.getURL().getHost() + ":" + server.getURL().getPort();
    }

    private String signInWithCookie() throws Exception {
        api.put("/api/authorities/" + authority + "/users/" + admin,
                "{\"password\": \"a-long-enough-password\", \"roles\": [\"admin\"]}");
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/api/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\": \"" + admin + "\", \"password\": \"a-long-enough-password\"}")));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).as("Secure outside the embedded default").containsIgnoringCase("; Secure");
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private URI uri(String path) {
        return URI.create(server.getURL() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> renameWithCookie(String cookie, String name, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/authorities/" + authority))
                .header("Cookie", cookie).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + name + "\"}"));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    @Test
    void a_change_signed_in_by_the_cookie_alone_must_come_from_the_services_own_pages() throws Exception {
        String cookie = signInWithCookie();

        HttpResponse<String> read = send(HttpRequest.newBuilder(uri("/api/authorities/" + authority))
                .header("Cookie", cookie).GET());
        HttpResponse<String> noOrigin = renameWithCookie(cookie, "Renamed without origin");
        HttpResponse<String> otherSite = renameWithCookie(cookie, "Renamed from elsewhere",
                "Origin", "https://evil.example");
        HttpResponse<String> crossSite = renameWithCookie(cookie, "Renamed cross-site", "Sec-Fetch-Site", "cross-site",
                "Origin", origin());
        HttpResponse<String> nullOrigin = renameWithCookie(cookie, "Renamed from a sandbox", "Origin", "null");

        assertThat(read.statusCode()).as("reads need no origin").isEqualTo(200);
        for (HttpResponse<String> refused : List.of(noOrigin, otherSite, crossSite, nullOrigin)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        }
        // (Micronaut itself refuses a request from a page elsewhere to a service on localhost, as here, without a
        // body; behind a real host name it is this service's refusal, as for these two.)
        for (HttpResponse<String> refused : List.of(noOrigin, crossSite)) {
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/authorities/" + authority).at("name")).as("nothing changed")
                .isEqualTo("Test Borough " + authority);

        assertThat(renameWithCookie(cookie, "Renamed on its own page", "Origin", origin()).statusCode())
                .isEqualTo(200);
        assertThat(renameWithCookie(cookie, "Renamed by a modern browser", "Sec-Fetch-Site", "same-origin")
                .statusCode()).isEqualTo(200);
        assertThat(api.get("/api/authorities/" + authority).at("name")).isEqualTo("Renamed by a modern browser");
        assertThat(api.put("/api/authorities/" + authority, "{\"name\": \"Renamed by a script\"}").status())
                .as("a bearer token needs no origin").isEqualTo(200);
    }

    @Test
    void signing_out_clears_the_cookie() throws Exception {
        String cookie = signInWithCookie();

        HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/api/logout")).header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> out = send(HttpRequest.newBuilder(uri("/api/logout")).header("Cookie", cookie)
                .header("Origin", origin()).POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(forged.statusCode()).as("another site cannot sign a user out").isEqualTo(403);
        assertThat(out.statusCode()).isEqualTo(204);
        String cleared = out.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cleared).startsWith("iro_token=;").containsIgnoringCase("Max-Age=0").containsIgnoringCase("Path=/")
                .containsIgnoringCase("HttpOnly");
    }

    @Test
    void a_session_lasts_at_most_eight_hours_whatever_its_expiry_says() {
        Instant now = Instant.now();
        String nineHoursOld = Tokens.mint("m", List.of("manager"), List.of("*"), null, null, Tokens.SECRET,
                now.minus(Duration.ofHours(9)), now.plus(Duration.ofHours(1)));
        String sevenHoursOld = Tokens.mint("m", List.of("manager"), List.of("*"), null, null, Tokens.SECRET,
                now.minus(Duration.ofHours(7)), now.plus(Duration.ofHours(1)));
        String undated = Tokens.mint("m", List.of("manager"), List.of("*"), null, null, Tokens.SECRET, null,
                now.plus(Duration.ofHours(1)));
        String fromTheFuture = Tokens.mint("m", List.of("manager"), List.of("*"), null, null, Tokens.SECRET,
                now.plus(Duration.ofHours(2)), now.plus(Duration.ofHours(9)));

        assertThat(api.as(nineHoursOld).get("/api/authorities/" + authority).status()).isEqualTo(401);
        assertThat(api.as(undated).get("/api/authorities/" + authority).status()).isEqualTo(401);
        assertThat(api.as(fromTheFuture).get("/api/authorities/" + authority).status()).isEqualTo(401);
        assertThat(api.as(sevenHoursOld).get("/api/authorities/" + authority).status()).isEqualTo(200);
    }

    @Test
    void api_answers_are_not_cached_nor_sniffed_and_carry_a_strict_policy() {
        Api.Reply reply = api.get("/api/authorities/" + authority);
        Api.Reply refused = api.as(null).get("/api/authorities/" + authority);

        for (Api.Reply answer : List.of(reply, refused)) {
            assertThat(answer.header("Cache-Control")).as(answer.status() + " " + answer.headers()).isEqualTo("no-store");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("Referrer-Policy")).as("no other site learns a path naming a child; the pages'"
                    + " own posts keep their Origin").isEqualTo("same-origin");
            assertThat(answer.header("Content-Security-Policy")).contains("default-src 'self'")
                    .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(answer.header("Strict-Transport-Security")).as("the cookie is Secure here, so HTTPS")
                    .startsWith("max-age=");
            assertThat(answer.header("X-Request-Id")).isNotBlank();
        }
    }

    @Test
    void the_api_documentation_page_runs_only_the_services_own_scripts_and_its_files_stay_cacheable() {
        Api.Reply page = api.as(null).get("/docs");
        Api.Reply styles = api.as(null).get("/docs/swagger-ui.css");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self'").contains("style-src 'self'");
        assertInlineOnlyWithNonce(page.body(), policy);
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(page.body());
        while (scripts.find()) {
            assertThat(scripts.group(1)).as("every script is a file of the service's own").contains("src=\"/");
        }
        assertThat(styles.status()).isEqualTo(200);
        assertThat(styles.header("Cache-Control")).startsWith("public");
        assertThat(styles.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void the_printable_report_page_takes_its_styles_from_the_services_own_stylesheet_under_a_strict_policy() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/api/authorities/" + authority
                        + "/reports/iro-service?from=2024-04-01&to=2025-03-31"))
                .header("Authorization", "Bearer " + Tokens.superuser()).header("Accept", "text/html").GET());

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(page.body()).contains("<link rel=\"stylesheet\" href=\"/assets/reports/report.css\">")
                .doesNotContain("<style");
        assertThat(policy).contains("style-src 'self'").doesNotContain("unsafe-inline");
        assertInlineOnlyWithNonce(page.body(), policy);
    }

    /** Every inline script or style element carries the nonce the policy names, and nothing carries a style attribute. */
    private static void assertInlineOnlyWithNonce(String html, String policy) {
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(policy);
        String allowed = nonce.find() ? nonce.group(1) : null;
        Matcher inline = Pattern.compile("<(script|style)([^>]*)>").matcher(html);
        while (inline.find()) {
            String attributes = inline.group(2);
            if (inline.group(1).equals("script") && attributes.contains("src=")) {
                continue;
            }
            assertThat(allowed).as("an inline <" + inline.group(1) + "> needs a nonce in the policy").isNotNull();
            assertThat(attributes).contains("nonce=\"" + allowed + "\"");
        }
        assertThat(html).doesNotContain(" style=\"").doesNotContain(" onload=").doesNotContain(" onclick=");
    }
}
