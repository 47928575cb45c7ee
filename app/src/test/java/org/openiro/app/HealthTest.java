package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.Tokens;

/**
 * Health a load balancer can use, and nothing else of Micronaut's management (issue 19 item 3, issue 22 item 8): the
 * probes are open, stay up while the broker is out of reach (here: nothing listens where the broker should be), and
 * only an administrator sees what the service runs on, the outbox's backlog included.
 */
@MicronautTest(environments = "pg", transactional = false)
@Property(name = "kafka.bootstrap.servers", value = "127.0.0.1:9")
class HealthTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
    }

    @Test
    void the_probes_answer_without_a_token_and_stay_up_while_the_broker_is_out_of_reach() throws Exception {
        String authority = TestAuthorities.fresh("health");
        api.authority(authority);
        api.child(authority, "C1", "2015-06-01");
        api.episode(authority, "C1", "2024-01-02"); // an event that cannot be published
        for (String probe : List.of("/health", "/health/liveness", "/health/readiness")) {
            Api.Reply anonymous = api.as(null).get(probe);
            assertThat(anonymous.status()).as(probe + ": " + anonymous).isEqualTo(200);
            assertThat(anonymous.at("details")).as(probe).isNull();
        }

        Api.Reply admin = awaitBrokerChecked();
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.at("details.kafka.status")).isEqualTo("DEGRADED");
        assertThat(admin.at("details.jdbc.status")).isEqualTo("UP");
        assertThat(((Number) admin.at("details.outbox.details.waiting")).longValue()).isPositive();
        assertThat(((Number) admin.at("details.outbox.details.oldestAgeSeconds")).doubleValue()).isGreaterThan(0);
        Api.Reply readiness = api.get("/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.at("details.kafka.status")).isEqualTo("DEGRADED");
    }

    @Test
    void only_an_administrator_sees_the_details() {
        String manager = Tokens.mint("health-manager", List.of("manager"), List.of("*"), null, null);

        assertThat(api.as(manager).get("/health").at("details")).isNull();
        assertThat(api.as(manager).get("/health/readiness").at("details")).isNull();
        assertThat(api.get("/health").at("details.jdbc.status")).isEqualTo("UP");
    }

    @Test
    void every_other_management_endpoint_is_off_even_for_an_administrator() {
        for (String path : List.of("/beans", "/routes", "/threaddump", "/env", "/loggers", "/info", "/caches",
                "/refresh", "/stop")) {
            assertThat(api.get(path).status()).as("GET " + path).isEqualTo(404);
        }
        for (String path : List.of("/refresh", "/stop", "/loggers/ROOT")) {
            assertThat(api.post(path, "{}").status()).as("POST " + path).isIn(404, 405);
        }
        assertThat(api.get("/metrics").status()).as("the service's own metrics stay").isEqualTo(200);
    }

    private Api.Reply awaitBrokerChecked() throws InterruptedException {
        Api.Reply health = api.get("/health");
        for (int i = 0; i < 100 && !"DEGRADED".equals(health.at("details.kafka.status")); i++) {
            Thread.sleep(100);
            health = api.get("/health");
        }
        return health;
    }
}
