package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;

/** Injection and hostile input on every string field and path id: a 4xx, and nothing written. */
@MicronautTest(environments = "pg", transactional = false)
class HostileInputTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Api api;
    private final String authority = TestAuthorities.fresh("hostile");

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        api.authority(authority);
        api.child(authority, "C1", "2014-01-01");
    }

    private long events() {
        return ((Number) api.get("/api/authorities/" + authority + "/events").at("totalItems")).longValue();
    }

    private long auditEntries() {
        return ((Number) api.get("/api/authorities/" + authority + "/audit").at("totalItems")).longValue();
    }

    @ParameterizedTest(name = "child id {0}")
    @ValueSource(strings = {"x'%20OR%20'1'='1", "x%3B%20DROP%20TABLE%20child%3B--", "..%2F..%2Fetc%2Fpasswd",
            "%2e%2e", "C1%00", "%3Cscript%3E", "C1%2Fepisodes"})
    void a_hostile_path_id_is_refused_and_nothing_is_written(String id) {
        long audit = auditEntries();

        Api.Reply reply = api.child(authority, id, "2014-01-01");

        assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(auditEntries()).isEqualTo(audit);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"gender", "ethnicity"})
    void sql_in_a_coded_field_is_refused(String field) {
        String body = """
                {"dateOfBirth": "2014-01-01", "gender": "male", "ethnicity": "WBRI", "uasc": false, "disability": false}"""
                .replace("\"" + field + "\": \"", "\"" + field + "\": \"x' OR '1'='1");

        Api.Reply reply = api.put("/api/authorities/" + authority + "/children/C2", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly(field);
        assertThat(api.get("/api/authorities/" + authority + "/children/C2").status()).isEqualTo(404);
    }

    @Test
    void sql_in_free_text_is_kept_as_text_and_harms_nothing() {
        String name = "Robert'); DROP TABLE child; --";

        Api.Reply reply = api.put("/api/authorities/" + authority + "/children/C3", """
                {"dateOfBirth": "2014-01-01", "gender": "male", "ethnicity": "WBRI", "uasc": false,
                 "disability": false, "name": "Robert'); DROP TABLE child; --"}""");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(api.get("/api/authorities/" + authority + "/children/C3").at("name")).isEqualTo(name);
        assertThat(api.get("/api/authorities/" + authority + "/children/C1").status()).isEqualTo(200);
    }

    @Test
    void a_ten_megabyte_body_is_refused_by_the_size_limit() {
        long audit = auditEntries();
        String huge = "{\"dateOfBirth\": \"2014-01-01\", \"gender\": \"male\", \"ethnicity\": \"WBRI\", \"uasc\": false, "
                + "\"disability\": false, \"name\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}";

        Api.Reply reply = api.put("/api/authorities/" + authority + "/children/C4", huge);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/authorities/" + authority + "/children/C4").status()).isEqualTo(404);
        assertThat(auditEntries()).isEqualTo(audit);
    }

    @Test
    void deeply_nested_json_is_refused() {
        String nested = "[".repeat(5_000) + "]".repeat(5_000);
        long before = events();

        Api.Reply inName = api.put("/api/authorities/" + authority + "/children/C5", """
                {"dateOfBirth": "2014-01-01", "gender": "male", "ethnicity": "WBRI", "uasc": false,
                 "disability": false, "name": %s}""".formatted(nested));
        Api.Reply inPlacement = api.post("/api/authorities/" + authority + "/children/C1/episodes", """
                {"startDate": "2024-01-08", "legalStatus": "C1", "placement": %s}""".formatted(nested));

        assertThat(inName.status()).isEqualTo(400);
        assertThat(inName.contentType()).startsWith("application/problem+json");
        assertThat(inName.errorFields()).hasSize(1).containsAnyOf("name", "body");
        assertThat(inPlacement.status()).isEqualTo(400);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_field_longer_than_allowed_is_refused() {
        Api.Reply reply = api.put("/api/authorities/" + authority + "/children/C6", """
                {"dateOfBirth": "2014-01-01", "gender": "male", "ethnicity": "WBRI", "uasc": false,
                 "disability": false, "name": "%s"}""".formatted("n".repeat(201)));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("name");
    }
}
