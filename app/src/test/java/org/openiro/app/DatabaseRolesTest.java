package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.TestServices;

/**
 * The usual split of roles on PostgreSQL (docs/postgresql-roles.sql): Flyway migrates as the owner, the service runs
 * as a role that owns nothing. Each run makes two roles of its own and a database owned by the first, grants as the
 * script says, starts the service on them, and drops them all at the end.
 */
class DatabaseRolesTest {

    private static final Path SCRIPT = Path.of("..", "docs", "postgresql-roles.sql");

    @Test
    void the_service_writes_as_its_own_role_which_cannot_change_remove_or_unguard_the_trails() throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String owner = "iro_owner_" + suffix;
        String service = "iro_service_" + suffix;
        String url = TestServices.freshDatabase("roles");
        String database = url.substring(url.lastIndexOf('/') + 1);
        String server = url.substring(0, url.lastIndexOf('/'));
        try {
            asSuperuser(server + "/postgres", "CREATE ROLE " + owner + " LOGIN PASSWORD 'owner-secret'",
                    "CREATE ROLE " + service + " LOGIN PASSWORD 'service-secret'",
                    "ALTER DATABASE " + database + " OWNER TO " + owner,
                    "REVOKE ALL ON DATABASE " + database + " FROM PUBLIC",
                    "GRANT CONNECT ON DATABASE " + database + " TO " + service);
            try (Connection c = DriverManager.getConnection(url, owner, "owner-secret");
                 Statement s = c.createStatement()) {
                s.execute(partTwo().replaceAll("\\biro_owner\\b", owner).replaceAll("\\biro_service\\b", service));
            }

            Map<String, Object> config = new HashMap<>(Map.of("datasources.default.url", url,
                    "datasources.default.username", service, "datasources.default.password", "service-secret",
                    "iro.flyway.user", owner, "iro.flyway.password", "owner-secret"));
            String authority = TestAuthorities.fresh("roles");
            try (EmbeddedServer running = ApplicationContext.run(EmbeddedServer.class, config, "test")) {
                Api api = new Api(running.getURL(), running.getApplicationContext().getBean(JsonMapper.class));
                assertThat(api.authority(authority).status()).isEqualTo(201);
                assertThat(api.child(authority, "C1", "2014-01-01").status()).isEqualTo(201);
                assertThat(api.get("/api/authorities/" + authority + "/children/C1").status()).isEqualTo(200);
                assertThat(api.get("/api/authorities/" + authority + "/audit").at("totalItems")).isEqualTo(2);
                awaitAccessLogEntry(api, authority);
            }

            assertThat(owner(url, "audit_event")).as("migrated by the owner").isEqualTo(owner);
            assertThat(owner(url, "access_log")).isEqualTo(owner);
            try (Connection c = DriverManager.getConnection(url, service, "service-secret");
                 Statement s = c.createStatement()) {
                for (String table : List.of("audit_event", "access_log")) {
                    long rows = count(s, table);
                    assertThat(rows).isPositive();
                    for (String change : List.of("UPDATE " + table + " SET username = 'someone-else'",
                            "DELETE FROM " + table, "TRUNCATE " + table)) {
                        assertThatThrownBy(() -> s.execute(change)).as(change).hasMessageContaining("permission denied");
                    }
                    String trigger = table.equals("audit_event") ? "audit_event_append_only" : "access_log_append_only";
                    for (String unguard : List.of("DROP TRIGGER " + trigger + " ON " + table,
                            "ALTER TABLE " + table + " DISABLE TRIGGER ALL", "DROP TABLE " + table)) {
                        assertThatThrownBy(() -> s.execute(unguard)).as(unguard).hasMessageContaining("must be owner");
                    }
                    assertThat(count(s, table)).as("every entry still there").isEqualTo(rows);
                }
            }
            try (Connection c = DriverManager.getConnection(url, owner, "owner-secret");
                 Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute("TRUNCATE audit_event")).as("the owner is refused by the trigger")
                        .hasMessageContaining("append-only");
            }
        } finally {
            asSuperuser(server + "/postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)",
                    "DROP ROLE IF EXISTS " + service, "DROP ROLE IF EXISTS " + owner);
        }
    }

    /** Part 2 of the script: what the owner runs in the service's database. */
    private static String partTwo() throws Exception {
        String script = Files.readString(SCRIPT);
        int from = script.indexOf("-- == 2.");
        int to = script.indexOf("-- Then start");
        assertThat(from).as("the script's part 2").isPositive();
        return script.substring(from, to);
    }

    private static void awaitAccessLogEntry(Api api, String authority) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        String path = "/api/authorities/" + authority + "/access-log?action=read";
        while (((Number) api.get(path).at("totalItems")).intValue() == 0 && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        assertThat(api.get(path).at("totalItems")).as("the access log written as the service's role").isEqualTo(1);
    }

    private static void asSuperuser(String url, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static String owner(String url, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT tableowner FROM pg_tables WHERE tablename = '" + table + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
