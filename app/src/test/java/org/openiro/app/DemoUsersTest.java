package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;

/**
 * The demo users' passwords are in the README, so they are made only on the embedded default's own H2 file: an H2
 * database anywhere else is someone's real installation (issue 19, item 10), and it listens where it is told.
 */
class DemoUsersTest {

    @Test
    void an_h2_database_that_is_not_the_embedded_defaults_own_gets_no_demo_users() {
        String url = "jdbc:h2:mem:not-the-embedded-default;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("datasources.default.url",
                url, "iro.demo.enabled", true, "iro.demo.children", 2, "iro.demo.years", 1), "test")) {
            Api api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));

            Api.Reply login = api.as(null).post("/api/login", "{\"username\": \"admin\", \"password\": \"admin\"}");

            assertThat(login.status()).as(login.toString()).isEqualTo(401);
        }
    }
}
