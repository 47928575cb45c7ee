package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.Tokens;

/**
 * {@code GET /metrics}: Prometheus' text format on the main port, for an administrator or the scrape token, with
 * HTTP timings by route, the JVM, the connection pool, the Kafka producer and the service's own figures, and no
 * label that names a child, an IRO or an authority.
 */
@MicronautTest(environments = {"pg", "kafka"}, transactional = false)
@Property(name = "iro.metrics.token", value = MetricsTest.SCRAPE_TOKEN)
@Property(name = "iro.scan.enabled", value = "true")
@Property(name = "iro.scan.initial-delay", value = "0s")
class MetricsTest {

    static final String SCRAPE_TOKEN = "a-scrape-token-for-the-metrics-test";
    private static final Pattern LABEL_VALUE = Pattern.compile("[a-zA-Z_]+=\"([^\"]*)\"");

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void an_administrator_or_the_scrape_token_reads_every_figure_and_no_label_names_a_child_or_an_iro() {
        Api api = new Api(server.getURL(), json);
        String authority = TestAuthorities.fresh("metrics");
        api.authority(authority);
        api.put("/api/authorities/" + authority + "/iros/iro-metrics-7", "{\"name\": \"Ira\", \"fte\": 1.0, "
                + "\"employment\": \"permanent\", \"from\": \"2020-01-01\"}");
        api.child(authority, "CHILD-M-42", "2014-01-01");
        api.episode(authority, "CHILD-M-42", "2024-01-08");
        api.get("/api/authorities/" + authority + "/children/CHILD-M-42");
        api.get("/api/authorities/" + authority + "/children/CHILD-M-43");
        api.get("/api/authorities/" + authority + "/no-such-thing/CHILD-M-44");
        api.as(null).post("/api/login", "{\"username\": \"nobody\", \"password\": \"wrong-password\"}");
        api.upload("/api/authorities/" + authority + "/imports/ssda903", Map.of(
                "header", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nCHILD-M-45,1,15/03/2015,WBRI,,,\n",
                "episodes", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
                        + "PL_POST,URN\nCHILD-M-45,28/04/2023,S,C2,N1,U4,PR1,,,,,,\n",
                "reviews", "CHILD,DOB,REVIEW,REVIEW_CODE\n"));
        String metrics = awaitRelayed(api);

        assertThat(metrics).contains("# TYPE http_server_requests_seconds")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/authorities/\\{authority}"
                        + "/children/\\{childId}\"")
                .contains("uri=\"NOT_FOUND\"")
                .contains("jvm_memory_used_bytes").contains("jvm_threads_live_threads")
                .contains("hikaricp_connections_active").contains("hikaricp_connections_pending")
                .contains("kafka_producer_record_send_total")
                .contains("iro_outbox_waiting").contains("iro_outbox_oldest_age_seconds")
                .contains("iro_relay_lag_seconds_count").contains("iro_relay_failures_total")
                .contains("iro_relay_published_total")
                .containsPattern("iro_import_duration_seconds_count\\{outcome=\"imported\"} 1")
                .containsPattern("iro_sign_in_failures_total(\\{[^}]*})? [1-9]")
                .containsPattern("iro_scan_runs_total\\{outcome=\"done\"} [1-9]");
        Set<String> labelValues = new TreeSet<>();
        Matcher values = LABEL_VALUE.matcher(metrics);
        while (values.find()) {
            labelValues.add(values.group(1));
        }
        for (String named : List.of(authority, "CHILD-M-4", "iro-metrics-7")) {
            assertThat(labelValues).as("label values naming " + named).noneMatch(v -> v.contains(named));
        }
    }

    @Test
    void nobody_else_reads_them() {
        Api api = new Api(server.getURL(), json);
        String authority = TestAuthorities.fresh("metricsx");
        api.authority(authority);

        Api.Reply anonymous = api.as(null).get("/metrics");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        String manager = Tokens.mint("m", List.of("manager", "viewer"), List.of(authority), null, null);
        assertThat(api.as(manager).get("/metrics").status()).isEqualTo(403);
        assertThat(api.as("not-the-scrape-token").get("/metrics").status()).isEqualTo(401);
        Api.Reply scraped = api.as(SCRAPE_TOKEN).get("/metrics");
        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.contentType()).startsWith("text/plain");
        assertThat(scraped.body()).contains("iro_outbox_waiting");
    }

    /** The metrics once the relay has published something, so that its lag and the producer's figures are there. */
    private static String awaitRelayed(Api api) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            Api.Reply reply = api.get("/metrics");
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            // The scan goes through every authority in the shared test database, which can take a while under load.
            if (reply.body().matches("(?s).*iro_relay_published_total(\\{[^}]*})? [1-9].*")
                    && reply.body().matches("(?s).*iro_scan_runs_total\\{outcome=\"done\"} [1-9].*")
                    || Instant.now().isAfter(deadline)) {
                return reply.body();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
