package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.TestServices;
import org.openiro.app.support.Tokens;

/**
 * Reads are logged too (issue 19): each opening of a child's record, each export and each refused request under an
 * authority leaves who, when, what and which request in the access log, written after the answer; a refusal writes
 * nothing else.
 */
@MicronautTest(environments = "pg", transactional = false)
class AccessLogTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Api api;
    private final String authority = TestAuthorities.fresh("acl");

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        api.authority(authority);
        api.child(authority, "C1", "2014-01-01");
    }

    private String base() {
        return "/api/authorities/" + authority;
    }

    /** The access log's entries for the query once there are {@code expected} of them (written within seconds). */
    private Api.Reply awaitEntries(String query, int expected) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        Api.Reply reply = api.get(base() + "/access-log" + query);
        // The items as well as the count: a batch committed between the page's two queries shows in one only.
        while ((((Number) reply.at("totalItems")).intValue() < expected
                || ((List<?>) reply.at("items")).size() < expected) && Instant.now().isBefore(until)) {
            Thread.sleep(100);
            reply = api.get(base() + "/access-log" + query);
        }
        assertThat(reply.at("totalItems")).as(reply.toString()).isEqualTo(expected);
        return reply;
    }

    @Test
    void opening_a_childs_record_is_logged_after_the_answer_with_who_when_what_and_the_request() throws Exception {
        String manager = Tokens.mint("maria.manager", List.of("manager"), List.of(authority), null, null);
        Instant before = Instant.now();

        Api.Reply child = api.as(manager).sendWithHeader("GET", base() + "/children/C1", "", "X-Request-Id",
                "case-system-4711");

        assertThat(child.status()).isEqualTo(200);
        Api.Reply entries = awaitEntries("?action=read&resource=child&id=C1", 1);
        assertThat(entries.at("items.0.username")).isEqualTo("maria.manager");
        assertThat(entries.at("items.0.action")).isEqualTo("read");
        assertThat(entries.at("items.0.resource")).isEqualTo("child");
        assertThat(entries.at("items.0.id")).isEqualTo("C1");
        assertThat(entries.at("items.0.method")).isEqualTo("GET");
        assertThat(entries.at("items.0.path")).isEqualTo(base() + "/children/C1");
        assertThat(entries.at("items.0.status")).isEqualTo(200);
        assertThat(entries.at("items.0.requestId")).isEqualTo("case-system-4711");
        assertThat(Instant.parse((String) entries.at("items.0.at"))).isAfterOrEqualTo(before.minusSeconds(1))
                .isBeforeOrEqualTo(Instant.now());
        assertThat(awaitEntries("?user=maria.manager", 1).at("items.0.id")).isEqualTo("C1");
        assertThat(api.get(base() + "/audit?id=C1").at("totalItems")).as("a read is no write: not in the audit trail")
                .isEqualTo(1);
    }

    @Test
    void a_refused_read_writes_an_access_log_entry_and_nothing_else() throws Exception {
        String otherWorker = Tokens.mint("sw.other", List.of("social-worker"), List.of(authority), null, "sw-9");
        String viewer = Tokens.mint("vic.viewer", List.of("viewer"), List.of(authority), null, null);
        Map<String, Long> before = rowsPerTable();

        Api.Reply hidden = api.as(otherWorker).get(base() + "/children/C1");
        Api.Reply forbidden = api.as(viewer).put(base() + "/children/C1", "{\"dateOfBirth\": \"2014-01-01\", "
                + "\"gender\": \"male\", \"ethnicity\": \"WBRI\", \"uasc\": false, \"disability\": false}");

        assertThat(hidden.status()).as("a child not allocated to them is not there").isEqualTo(404);
        assertThat(forbidden.status()).isEqualTo(403);
        Api.Reply refused = awaitEntries("?action=refused", 2);
        assertThat(refused.at("items.1.username")).isEqualTo("sw.other");
        assertThat(refused.at("items.1.status")).isEqualTo(404);
        assertThat(refused.at("items.1.id")).isEqualTo("C1");
        assertThat(refused.at("items.0.username")).isEqualTo("vic.viewer");
        assertThat(refused.at("items.0.method")).isEqualTo("PUT");
        assertThat(refused.at("items.0.status")).isEqualTo(403);
        assertThat(awaitEntries("", 2).at("items.0.action")).as("nothing but the two refusals").isEqualTo("refused");
        Map<String, Long> after = rowsPerTable();
        after.remove("access_log");
        before.remove("access_log");
        assertThat(after).as("no other table gained or lost a row").isEqualTo(before);
    }

    @Test
    void exports_are_logged_with_what_was_exported() throws Exception {
        assertThat(api.sendWithHeader("GET", base() + "/exports/ssda903/reviews?year=2024", "", "Accept",
                "text/csv").status()).isEqualTo(200);
        assertThat(api.sendWithHeader("GET", base() + "/reports/iro-service?from=2024-04-01&to=2025-03-31", "",
                "Accept", "text/csv").status()).isEqualTo(200);
        assertThat(api.get(base() + "/reports/iro-service?from=2024-04-01&to=2025-03-31").status())
                .as("the same figures as JSON are no export").isEqualTo(200);

        Api.Reply exports = awaitEntries("?action=export", 2);
        assertThat(exports.at("items.1.resource")).isEqualTo("ssda903");
        assertThat(exports.at("items.1.path")).isEqualTo(base() + "/exports/ssda903/reviews?year=2024");
        assertThat(exports.at("items.1.username")).isEqualTo("test-admin");
        assertThat(exports.at("items.0.resource")).isEqualTo("report");
        assertThat(exports.at("items.0.id")).isEqualTo("iro-service");
        Thread.sleep(1500);
        assertThat(api.get(base() + "/access-log?action=export").at("totalItems")).isEqualTo(2);
    }

    @Test
    void the_access_log_is_for_administrators_and_filters_like_the_audit_trail() throws Exception {
        String manager = Tokens.mint("maria.manager", List.of("manager"), List.of(authority), null, null);

        assertThat(api.as(manager).get(base() + "/access-log").status()).isEqualTo(403);
        assertThat(api.get(base() + "/access-log?action=looked").errorFields()).containsExactly("action");
        assertThat(api.get(base() + "/access-log?from=yesterday").errorFields()).containsExactly("from");
        assertThat(api.get(base() + "/access-log?from=2000-01-01&to=2000-12-31").at("totalItems")).isEqualTo(0);
        assertThat(awaitEntries("?user=maria.manager&action=refused", 1).at("items.0.resource"))
                .isEqualTo("access-log");
    }

    /** How many rows each table of the schema holds (the service's own, not Flyway's). */
    private static Map<String, Long> rowsPerTable() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(TestServices.POSTGRES_URL, "postgres", "");
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
                    + " AND table_name <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
