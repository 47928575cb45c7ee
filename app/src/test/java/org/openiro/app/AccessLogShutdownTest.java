package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.net.URL;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.ServiceProcess;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.TestServices;
import org.openiro.app.support.Tokens;

/**
 * The access log is written after the answer, in batches; one still waiting when the service is told to stop
 * (SIGTERM) is written before it ends. The service runs as a process of its own with a flush interval of an hour, so
 * that only the stop can have written it.
 */
class AccessLogShutdownTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void entries_waiting_to_be_written_are_written_when_the_service_stops() throws Exception {
        String authority = TestAuthorities.fresh("aclstop");
        String admin = Tokens.mint("test-admin", List.of("admin", "manager"), List.of("*"), null, null,
                ServiceProcess.SECRET, Instant.now().plus(Duration.ofHours(1)));
        ServiceProcess service = ServiceProcess.start(ServiceProcess.Launch.ofClasspath("access-log-stop",
                        ServiceProcess.port(TestServices.servicePort(7)))
                .onPostgres(TestServices.POSTGRES_URL).with("IRO_ACCESS_LOG_FLUSH_INTERVAL", "1h"), HTTP);
        try {
            Api api = new Api(new URL(service.base().toString()), JsonMapper.createDefault()).as(admin);
            api.authority(authority);
            api.child(authority, "C1", "2014-01-01");
            for (int i = 0; i < 3; i++) {
                assertThat(api.get("/api/authorities/" + authority + "/children/C1").status()).isEqualTo(200);
            }
            Thread.sleep(500);
            assertThat(entries(authority)).as("still waiting in memory").isZero();

            assertThat(service.terminate(Duration.ofSeconds(60))).as("it stopped within the grace period")
                    .isNotEqualTo(-1);
        } finally {
            service.stop();
        }
        assertThat(entries(authority)).as("every read written on the way down").isEqualTo(3);
        assertThat(service.log()).contains("Wrote the last 3 access log entries before stopping")
                .doesNotContain("ERROR");
    }

    private static int entries(String authority) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestServices.POSTGRES_URL, "postgres", "");
             PreparedStatement count = c.prepareStatement(
                     "SELECT count(*) FROM access_log WHERE authority = ? AND action = 'read'")) {
            count.setString(1, authority);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
