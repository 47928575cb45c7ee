package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.TestServices;
import org.openiro.app.support.Tokens;

/** Every successful write leaves who, when, where, what and which request in an append-only trail. */
@MicronautTest(environments = "pg", transactional = false)
class AuditTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Api api;
    private final String authority = TestAuthorities.fresh("audit");

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        api.authority(authority);
    }

    private Api.Reply trail(String query) {
        return api.get("/api/authorities/" + authority + "/audit" + query);
    }

    @Test
    void a_write_records_who_what_where_and_the_request_it_came_in() throws Exception {
        String manager = Tokens.mint("maria.manager", List.of("manager"), List.of(authority), null, null);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.getURL() + "/api/authorities/" + authority + "/children/C1"))
                .header("Authorization", "Bearer " + manager).header("Content-Type", "application/json")
                .header("X-Request-Id", "case-system-4711")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"dateOfBirth": "2014-01-01", "gender": "male", "ethnicity": "WBRI", "uasc": false,
                         "disability": false}""")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("X-Request-Id")).contains("case-system-4711");

        Api.Reply entries = trail("?resource=child&id=C1");

        assertThat(entries.at("totalItems")).isEqualTo(1);
        assertThat(entries.at("items.0.username")).isEqualTo("maria.manager");
        assertThat(entries.at("items.0.action")).isEqualTo("record-care");
        assertThat(entries.at("items.0.resource")).isEqualTo("child");
        assertThat(entries.at("items.0.id")).isEqualTo("C1");
        assertThat(entries.at("items.0.method")).isEqualTo("PUT");
        assertThat(entries.at("items.0.path")).isEqualTo("/api/authorities/" + authority + "/children/C1");
        assertThat(entries.at("items.0.requestId")).isEqualTo("case-system-4711");
        assertThat((String) entries.at("items.0.at")).isNotBlank();
    }

    @Test
    void refused_writes_and_reads_leave_no_entry() {
        String viewer = Tokens.mint("vic.viewer", List.of("viewer"), List.of(authority), null, null);
        api.child(authority, "C1", "2014-01-01");
        long before = ((Number) trail("").at("totalItems")).longValue();

        api.as(viewer).put("/api/authorities/" + authority + "/children/C1", "{}");
        api.put("/api/authorities/" + authority + "/children/C1", "{\"dateOfBirth\": \"2099-01-01\"}");
        api.episode(authority, "nobody", "2024-01-01");
        api.get("/api/authorities/" + authority + "/children/C1");

        assertThat(((Number) trail("").at("totalItems")).longValue()).isEqualTo(before);
    }

    @Test
    void the_trail_filters_by_resource_id_and_day_and_is_newest_first() {
        api.child(authority, "C1", "2014-01-01");
        api.child(authority, "C2", "2014-01-01");
        api.episode(authority, "C2", "2024-01-08");

        Api.Reply c2 = trail("?id=C2");
        assertThat(c2.at("totalItems")).isEqualTo(2);
        assertThat(c2.at("items.0.method")).isEqualTo("POST");
        assertThat(trail("?resource=authority").at("totalItems")).isEqualTo(1);
        assertThat(trail("?from=2000-01-01&to=2000-12-31").at("totalItems")).isEqualTo(0);
        assertThat(((Number) trail("?from=2000-01-01").at("totalItems")).intValue()).isEqualTo(4);
        assertThat(trail("?from=yesterday").errorFields()).containsExactly("from");
    }

    @Test
    void nobody_can_change_or_remove_an_entry_in_postgresql() throws SQLException {
        api.child(authority, "C1", "2014-01-01");

        try (Connection c = DriverManager.getConnection(TestServices.POSTGRES_URL, "postgres", "");
             Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate(
                    "UPDATE audit_event SET username = 'someone-else' WHERE authority = '" + authority + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_event WHERE authority = '" + authority + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE audit_event"))
                    .as("one statement emptied it before V61").hasMessageContaining("append-only");
            // A row trigger fires only on rows, so there is one.
            s.executeUpdate("INSERT INTO access_log (occurred_at, authority, username, action, resource, method, path,"
                    + " status, request_id) VALUES (now(), '" + authority + "', 'u', 'read', 'child', 'GET', '/', 200,"
                    + " 'r')");
            for (String change : List.of("UPDATE access_log SET username = 'someone-else'", "DELETE FROM access_log",
                    "TRUNCATE access_log")) {
                assertThatThrownBy(() -> s.executeUpdate(change)).as(change).hasMessageContaining("append-only");
            }
        }
        assertThat(trail("").at("items.0.username")).isEqualTo("test-admin");
    }

}
