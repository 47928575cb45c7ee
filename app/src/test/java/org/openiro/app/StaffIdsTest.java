package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.Tokens;

/**
 * Staff ids belong to one authority (issue 19, item 6): social worker {@code sw-9} of one authority and {@code sw-9}
 * of another are two people, so a token's staff id grants staff rights only in the authority it is given for, and
 * elsewhere the answer is what a user without them gets (404 or 403), never 401.
 */
@MicronautTest(environments = "pg", transactional = false)
class StaffIdsTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Api api;
    private final String first = TestAuthorities.fresh("staff");
    private final String second = TestAuthorities.fresh("staffx");

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        for (String authority : List.of(first, second)) {
            api.authority(authority);
            api.child(authority, "C1", "2014-01-01");
            api.episode(authority, "C1", "2023-04-28");
            assertThat(api.put("/api/authorities/" + authority + "/iros/iro-9", """
                    {"name": "Ira", "fte": 1.0, "employment": "permanent", "from": "2020-01-01"}""").status())
                    .isBetween(200, 201);
            assertThat(api.put("/api/authorities/" + authority + "/children/C1/iro",
                    "{\"iroId\": \"iro-9\", \"from\": \"2023-04-28\"}").status()).isBetween(200, 201);
            assertThat(api.put("/api/authorities/" + authority + "/children/C1/social-worker", """
                    {"id": "sw-9", "name": "Sam Worker", "email": "sam@example.org"}""").status()).isBetween(200, 201);
        }
    }

    private Api.Reply child(String token, String authority) {
        return api.as(token).get("/api/authorities/" + authority + "/children/C1");
    }

    @Test
    void a_social_worker_of_two_authorities_cannot_read_the_child_of_the_other_authoritys_worker_of_the_same_id() {
        String token = Tokens.mintPerAuthority("sam", List.of("social-worker"), List.of(first, second), Map.of(),
                Map.of(first, "sw-9"));

        assertThat(child(token, first).status()).as("their own child").isEqualTo(200);
        assertThat(child(token, second).status()).as("the other sw-9's child").isEqualTo(404);
    }

    @Test
    void an_iro_of_two_authorities_writes_only_for_their_own_children() {
        String token = Tokens.mintPerAuthority("ira", List.of("iro"), List.of(first, second), Map.of(first, "iro-9"),
                Map.of());
        String note = "{\"on\": \"2024-01-10\", \"text\": \"A thoughtful care plan\"}";

        assertThat(api.as(token).post("/api/authorities/" + first + "/children/C1/good-practice", note).status())
                .isEqualTo(201);
        Api.Reply elsewhere = api.as(token).post("/api/authorities/" + second + "/children/C1/good-practice", note);
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(403);
    }

    @Test
    void a_flat_staff_id_claim_counts_only_on_a_token_of_one_authority() {
        String ofOne = Tokens.mintFlat("sam", List.of("social-worker"), List.of(first), null, "sw-9");
        String ofTwo = Tokens.mintFlat("sam", List.of("social-worker"), List.of(first, second), null, "sw-9");
        String ofAll = Tokens.mintFlat("sam", List.of("social-worker"), List.of("*"), null, "sw-9");

        assertThat(child(ofOne, first).status()).isEqualTo(200);
        assertThat(child(ofTwo, first).status()).as("whose sw-9?").isEqualTo(404);
        assertThat(child(ofTwo, second).status()).isEqualTo(404);
        assertThat(child(ofAll, second).status()).isEqualTo(404);
    }

    @Test
    void a_local_user_signs_in_with_their_staff_id_in_their_own_authority() {
        assertThat(api.put("/api/authorities/" + second + "/users/sam-" + second, """
                {"password": "a-long-password", "roles": ["social-worker"], "socialWorkerId": "sw-9"}""").status())
                .isEqualTo(201);

        Api.Reply login = api.as(null).post("/api/login",
                "{\"username\": \"sam-" + second + "\", \"password\": \"a-long-password\"}");
        String token = (String) login.at("access_token");
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));

        assertThat(payload).contains("\"socialWorkerIds\":{\"" + second + "\":\"sw-9\"}").doesNotContain("\"socialWorkerId\"");
        assertThat(child(token, second).status()).isEqualTo(200);
    }
}
