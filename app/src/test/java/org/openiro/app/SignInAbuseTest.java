package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;
import org.slf4j.LoggerFactory;

/**
 * Sign-in cannot be abused (issue 19, item 1): guessing is throttled per username and per address, the throttled
 * answer is 429 with Retry-After, one user's lockout is not another's, failures are logged without the password, and
 * a burst of sign-ins does not slow down the rest of the service. The test's own address stands for many: the test
 * is the configured proxy here, so X-Forwarded-For says where each request "came from".
 */
@MicronautTest(environments = "pg", transactional = false)
@Property(name = "iro.security.sign-in.trusted-proxies", value = "127.0.0.1,::1")
@Property(name = "iro.security.sign-in.max-failures-per-address", value = "12")
class SignInAbuseTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Api api;
    private final String authority = TestAuthorities.fresh("abuse");

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        api.authority(authority);
    }

    private String user(String name) {
        String username = TestAuthorities.fresh(name);
        Api.Reply added = api.put("/api/authorities/" + authority + "/users/" + username,
                "{\"password\": \"the-right-password\", \"roles\": [\"viewer\"]}");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return username;
    }

    private HttpResponse<String> login(String username, String password, String address) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + "/api/login"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}"))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void after_five_failures_the_username_is_refused_429_even_with_the_right_password_and_others_sign_in()
            throws Exception {
        String jo = user("jo");
        String sam = user("sam");
        for (int i = 0; i < 5; i++) {
            assertThat(login(jo, "wrong-guess-" + i, "198.51.100.1").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = login(jo, "the-right-password", "198.51.100.1");
        HttpResponse<String> elsewhere = login(jo, "the-right-password", "203.0.113.50");

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(locked.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(elsewhere.statusCode()).as("the username is locked from every address").isEqualTo(429);
        assertThat(login(sam, "the-right-password", "198.51.100.1").statusCode())
                .as("another user at the same address").isEqualTo(200);
    }

    @Test
    void one_address_is_locked_only_after_many_failures_across_usernames_and_others_are_not()
            throws Exception {
        String kim = user("kim");
        for (int i = 0; i < 12; i++) {
            assertThat(login("nobody-" + i + "-" + kim, "wrong-password", "198.51.100.77").statusCode())
                    .as("failure " + (i + 1)).isEqualTo(401);
        }

        assertThat(login(kim, "the-right-password", "198.51.100.77").statusCode()).isEqualTo(429);
        assertThat(login(kim, "the-right-password", "198.51.100.78").statusCode()).isEqualTo(200);
    }

    @Test
    void each_failure_is_logged_with_username_address_and_request_id_never_the_password() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        HttpResponse<String> refused;
        try {
            refused = login("logged-" + authority, "secret-guess-do-not-log", "198.51.100.200");
        } finally {
            root.detachAppender(captured);
        }

        assertThat(refused.statusCode()).isEqualTo(401);
        String requestId = refused.headers().firstValue("X-Request-Id").orElseThrow();
        List<String> lines = captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("logged-" + authority)
                .contains("198.51.100.200").contains(requestId));
        assertThat(lines).noneSatisfy(line -> assertThat(line).contains("secret-guess-do-not-log"));
    }

    @Test
    void a_burst_of_sign_ins_does_not_hold_up_other_requests() throws Exception {
        ExecutorService burst = Executors.newFixedThreadPool(24);
        List<Future<HttpResponse<String>>> logins = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            int n = i;
            logins.add(burst.submit(() -> login("burst-" + n + "-" + authority, "wrong-password",
                    "192.0.2." + (n + 1))));
        }
        Thread.sleep(300); // the burst is being hashed
        long slowest = 0;
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(
                    URI.create(server.getURL() + "/health/liveness")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            slowest = Math.max(slowest, (System.nanoTime() - started) / 1_000_000);
            assertThat(health.statusCode()).isEqualTo(200);
        }
        for (Future<HttpResponse<String>> login : logins) {
            assertThat(login.get().statusCode()).as("refused, checked or not").isIn(401, 429);
        }
        burst.shutdown();
        // On the event loop, 24 PBKDF2 checks of 600,000 rounds hold every request up for seconds.
        assertThat(slowest).as("ms for GET /health/liveness during the burst").isLessThan(1_000);
    }
}
