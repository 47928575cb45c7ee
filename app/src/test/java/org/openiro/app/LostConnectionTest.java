package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.TestServices;

/**
 * The service's database connections are terminated under it ({@code pg_terminate_backend}, as a failover or an
 * operator does): a request whose connection was lost before anything was kept runs again on a new one, and no
 * request answers 500 (issue 22).
 */
class LostConnectionTest {

    private static final int CHILDREN = 24;

    @Test
    void requests_whose_connection_was_terminated_run_again_and_none_answers_500() throws Exception {
        String application = "iro-lost-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> config = new HashMap<>(TestServices.postgres(TestServices.POSTGRES_URL
                + "?ApplicationName=" + application));
        config.put("datasources.default.maximum-pool-size", 6);
        config.put("datasources.default.minimum-idle", 6);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, config, "test");
             Connection operator = DriverManager.getConnection(TestServices.POSTGRES_URL, "postgres", "")) {
            Api api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
            String authority = TestAuthorities.fresh("lost");
            api.authority(authority);
            for (int i = 0; i < CHILDREN; i++) {
                api.child(authority, "C" + i, "2012-05-01");
                api.episode(authority, "C" + i, "2023-04-28");
            }

            assertThat(terminate(operator, application)).as("the pool's connections were there to end").isPositive();
            List<Api.Reply> afterTermination = load(api, authority, 0, CHILDREN / 2);

            assertThat(afterTermination).extracting(Api.Reply::status).as("every request ran again on a new connection")
                    .allMatch(status -> status / 100 == 2);

            // Terminated again while requests are running: one may meet the loss at its commit (503), none a 500.
            ExecutorService operatorThread = Executors.newSingleThreadExecutor();
            Future<Integer> terminating = operatorThread.submit(() -> {
                int ended = 0;
                for (int i = 0; i < 5; i++) {
                    Thread.sleep(20);
                    ended += terminate(operator, application);
                }
                return ended;
            });
            List<Api.Reply> underLoad = load(api, authority, CHILDREN / 2, CHILDREN);
            terminating.get();
            operatorThread.shutdown();

            assertThat(underLoad).extracting(Api.Reply::status).as("no 500 whatever the moment of the loss")
                    .allMatch(status -> status / 100 == 2 || status == 503);
            assertThat(underLoad).filteredOn(r -> r.status() == 503)
                    .allMatch(r -> r.header("Retry-After") != null, "a 503 says when to try again");
            for (int i = 0; i < CHILDREN; i++) {
                List<Api.Reply> sent = i < CHILDREN / 2 ? afterTermination : underLoad;
                int at = (i % (CHILDREN / 2)) * 2;
                if (sent.get(at).status() == 201) {
                    assertThat(api.get("/api/authorities/" + authority + "/children/C" + i + "/reviews").body())
                            .as("an acknowledged review is kept").contains("2023-05-25");
                }
            }
        }
    }

    /** Records a review for each child and reads it back, four clients at once: a write, then a read, per child. */
    private static List<Api.Reply> load(Api api, String authority, int from, int to) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Api.Reply>>> sent = new ArrayList<>();
            for (int i = from; i < to; i++) {
                String child = "/api/authorities/" + authority + "/children/C" + i;
                sent.add(clients.submit(() -> List.of(api.post(child + "/reviews", ReviewCycleTest.review("2023-05-25")),
                        api.get(child))));
            }
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<List<Api.Reply>> each : sent) {
                replies.addAll(each.get());
            }
            return replies;
        } finally {
            clients.shutdown();
        }
    }

    private static int terminate(Connection operator, String application) throws Exception {
        try (PreparedStatement ps = operator.prepareStatement("SELECT count(pg_terminate_backend(pid))"
                + " FROM pg_stat_activity WHERE application_name = ?")) {
            ps.setString(1, application);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
