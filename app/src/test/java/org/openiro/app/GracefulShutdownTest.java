package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openiro.app.generate.GeneratedCalls;
import org.openiro.app.generate.Generator;
import org.openiro.app.support.Api;
import org.openiro.app.support.ServiceProcess;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.TestServices;
import org.openiro.app.support.Tokens;

/**
 * SIGTERM, as an orchestrator stops the service (issue 22): it stops taking requests, finishes those in flight, stops
 * its own work and only then closes the database; a demo load it cuts short resumes at the next start. The service
 * runs as a process of its own, stopped as an operator stops it.
 */
class GracefulShutdownTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ADMIN = Tokens.mint("test-admin", List.of("admin", "manager"), List.of("*"), null,
            null, ServiceProcess.SECRET, Instant.now().plus(Duration.ofHours(1)));

    private static Api api(ServiceProcess service) throws Exception {
        return new Api(new URL(service.base().toString()), JsonMapper.createDefault()).as(ADMIN);
    }

    @Test
    void a_request_in_flight_when_the_service_is_told_to_stop_is_answered_and_kept() throws Exception {
        String application = "iro-sigterm-" + UUID.randomUUID().toString().substring(0, 8);
        String authority = TestAuthorities.fresh("sigterm");
        ServiceProcess service = ServiceProcess.start(ServiceProcess.Launch.ofClasspath("sigterm",
                ServiceProcess.port(TestServices.servicePort(0)))
                .onPostgres(TestServices.POSTGRES_URL + "?ApplicationName=" + application), HTTP);
        Api api = api(service);
        api.authorityWithChildInCare(authority);
        try (Connection operator = DriverManager.getConnection(TestServices.POSTGRES_URL, "postgres", "")) {
            operator.setAutoCommit(false);
            // Someone else holds the child, so the review below is still running when the service is told to stop.
            try (PreparedStatement lock = operator.prepareStatement(
                    "SELECT 1 FROM child WHERE authority = ? AND child_id = 'C1' FOR UPDATE")) {
                lock.setString(1, authority);
                lock.executeQuery().close();
            }
            CompletableFuture<HttpResponse<String>> review = HTTP.sendAsync(HttpRequest.newBuilder(
                    service.base().resolve("/api/authorities/" + authority + "/children/C1/reviews"))
                    .header("Authorization", "Bearer " + ADMIN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(ReviewCycleTest.review("2023-05-25"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            awaitWaitingForLock(operator, application);

            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
                try {
                    return service.terminate(Duration.ofSeconds(60));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitRefusingConnections(service.base());
            operator.commit();

            HttpResponse<String> answered = review.get(60, TimeUnit.SECONDS);
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
            assertThat(exit.get(60, TimeUnit.SECONDS)).as("it ended within the grace period").isNotEqualTo(-1);
            try (PreparedStatement kept = operator.prepareStatement(
                    "SELECT count(*) FROM review WHERE authority = ? AND child_id = 'C1'")) {
                kept.setString(1, authority);
                try (ResultSet rs = kept.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("the review answered 201 is kept").isEqualTo(1);
                }
            }
        } finally {
            service.stop();
        }
        assertThat(service.log()).as("no failure on the way down").doesNotContain("ERROR").doesNotContain("Exception");
    }

    @Test
    void a_demo_load_cut_short_by_a_stop_resumes_at_the_next_start_and_is_whole(@TempDir Path data) throws Exception {
        int children = 20;
        int years = 1;
        ServiceProcess.Launch launch = ServiceProcess.Launch.ofClasspath("demo-resume",
                        ServiceProcess.port(TestServices.servicePort(1)))
                .with("DATASOURCES_DEFAULT_URL", "jdbc:h2:file:" + data.resolve("iro")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE")
                .with("IRO_DEMO_ENABLED", "true").with("IRO_DEMO_CHILDREN", String.valueOf(children))
                .with("IRO_DEMO_YEARS", String.valueOf(years));
        ServiceProcess first = ServiceProcess.start(launch, HTTP);
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London"));
        String beforeStop;
        try {
            awaitWrites(api(first), 40);
            assertThat(first.terminate(Duration.ofSeconds(60))).isNotEqualTo(-1);
            beforeStop = first.log();
        } finally {
            first.stop();
        }
        assertThat(beforeStop).contains("The demo load stopped with the service").contains("resumes at the next start")
                .doesNotContain("Demo authority 'demo' loaded").doesNotContain("ERROR");

        ServiceProcess second = ServiceProcess.start(launch, HTTP);
        try {
            awaitLog(second, "Demo authority 'demo' loaded");
            String log = second.log().substring(beforeStop.length());
            assertThat(log).contains("Resuming the demo authority 'demo'").doesNotContain("ERROR");
            Api api = api(second);
            assertThat(api.get("/api/authorities/demo/children?size=1").at("totalItems")).isEqualTo(children);
            assertThat(api.get("/api/authorities/demo/audit?size=1").at("totalItems"))
                    .as("every request of the load done once: answered again, not done again, where it was cut")
                    .isEqualTo(GeneratedCalls.count(new Generator.Settings(1, children, years, 2026, day)));
        } finally {
            second.stop();
        }
    }

    private static void awaitWaitingForLock(Connection operator, String application) throws Exception {
        try (Connection watcher = DriverManager.getConnection(TestServices.POSTGRES_URL, "postgres", "");
             PreparedStatement waiting = watcher.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                     + " WHERE application_name = ? AND wait_event_type = 'Lock'")) {
            waiting.setString(1, application);
            for (int i = 0; i < 600; i++) {
                try (ResultSet rs = waiting.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the review never reached the database");
    }

    private static void awaitRefusingConnections(URI base) throws Exception {
        for (int i = 0; i < 600; i++) {
            try {
                HTTP.send(HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (IOException refused) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the service went on taking requests after SIGTERM");
    }

    /** Waits until the demo's load has made {@code atLeast} writes (each one audited). */
    private static void awaitWrites(Api api, int atLeast) throws Exception {
        for (int i = 0; i < 2400; i++) {
            Api.Reply audit = api.get("/api/authorities/demo/audit?size=1");
            if (audit.status() == 200 && ((Number) audit.at("totalItems")).intValue() >= atLeast) {
                return;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("the demo load never began");
    }

    private static void awaitLog(ServiceProcess service, String line) throws Exception {
        for (int i = 0; i < 2400; i++) {
            if (service.log().contains(line)) {
                return;
            }
            assertThat(service.isAlive()).as("the service is running").isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("never logged: " + line + "\n" + service.log());
    }
}
