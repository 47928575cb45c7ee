package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.Tokens;

/** Tokens: only ones this service signed and that have not expired get in; local users sign in with a password. */
@MicronautTest(environments = "pg", transactional = false)
class SignInTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Api api;
    private final String authority = TestAuthorities.fresh("signin");
    /** Usernames are global, so each test's are its own. */
    private final String jo = TestAuthorities.fresh("jo.bloggs");
    private final String sam = TestAuthorities.fresh("sam");
    private final String shared = TestAuthorities.fresh("shared");

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        api.authority(authority);
    }

    private String path() {
        return "/api/authorities/" + authority;
    }

    @Test
    void without_a_valid_token_every_api_call_is_401() {
        String forged = Tokens.mint("m", List.of("manager"), List.of("*"), null, null,
                "another-secret-that-is-at-least-thirty-two-bytes", Instant.now().plusSeconds(600));
        String expired = Tokens.mint("m", List.of("manager"), List.of("*"), null, null, Tokens.SECRET,
                Instant.now().minusSeconds(600));
        String valid = Tokens.mint("m", List.of("manager"), List.of("*"), null, null);
        String[] parts = valid.split("\\.");
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes())
                + "." + parts[1] + ".";
        String elevated = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"m\",\"roles\":[\"admin\"],\"authorities\":[\"*\"]}".getBytes()) + "." + parts[2];

        String neverExpires = noExpiry();
        for (String token : new String[] {null, "not-a-token", forged, expired, unsigned, elevated, neverExpires}) {
            Api.Reply reply = api.as(token).get(path());
            assertThat(reply.status()).as(String.valueOf(token)).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.as(valid).get(path()).status()).isEqualTo(200);
    }

    @Test
    void health_is_open_but_says_what_it_runs_on_only_to_administrators() {
        Api.Reply anonymous = api.as(null).get("/health");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.at("status")).isEqualTo("UP");
        assertThat(anonymous.at("details")).isNull();
        assertThat(api.get("/health").at("details.jdbc.status")).isEqualTo("UP");
    }

    @Test
    void an_administrator_adds_a_local_user_who_signs_in_with_a_token_and_a_cookie() {
        Api.Reply added = api.put(path() + "/users/" + jo, """
                {"password": "correct horse battery", "roles": ["iro"], "iroId": "iro-7"}""");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.body()).doesNotContain("correct horse");

        Api.Reply login = api.as(null).post("/api/login", """
                {"username": "%s", "password": "correct horse battery"}""".formatted(jo));

        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.at("token_type")).isEqualTo("Bearer");
        assertThat((Number) login.at("expires_in")).isNotNull();
        String token = (String) login.at("access_token");
        assertThat(api.as(token).get(path()).status()).isEqualTo(200);
        assertThat(api.as(token).get(path() + "/events").status()).as("an IRO may not read the outbox").isEqualTo(403);
        String cookie = login.header("Set-Cookie");
        assertThat(cookie).startsWith("iro_token=" + token).containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict").containsIgnoringCase("; Secure");
    }

    @Test
    void a_wrong_password_or_an_unknown_user_is_refused_alike() {
        api.put(path() + "/users/" + sam, "{\"password\": \"a-long-enough-password\", \"roles\": [\"viewer\"]}");

        Api.Reply wrong = api.as(null).post("/api/login", "{\"username\": \"" + sam + "\", \"password\": \"nope-nope-nope\"}");
        Api.Reply unknown = api.as(null).post("/api/login",
                "{\"username\": \"nobody-at-all\", \"password\": \"a-long-enough-password\"}");

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.at("detail")).isEqualTo(unknown.at("detail"));
        assertThat(wrong.header("Set-Cookie")).isNull();
    }

    @Test
    void demo_users_do_not_exist_outside_the_embedded_default() {
        Api.Reply demo = api.as(null).post("/api/login", "{\"username\": \"manager\", \"password\": \"manager\"}");

        assertThat(demo.status()).isEqualTo(401);
    }

    @Test
    void an_administrator_cannot_take_over_another_authoritys_user_nor_grant_an_unknown_role() {
        String elsewhere = TestAuthorities.fresh("signin2");
        api.authority(elsewhere);
        api.put("/api/authorities/" + elsewhere + "/users/" + shared,
                "{\"password\": \"a-long-enough-password\", \"roles\": [\"viewer\"]}");

        Api.Reply takeover = api.put(path() + "/users/" + shared,
                "{\"password\": \"my-own-new-password\", \"roles\": [\"admin\"]}");
        Api.Reply badRole = api.put(path() + "/users/" + sam + "x",
                "{\"password\": \"a-long-enough-password\", \"roles\": [\"superuser\"]}");
        Api.Reply shortPassword = api.put(path() + "/users/" + sam + "x",
                "{\"password\": \"short\", \"roles\": [\"viewer\"]}");

        assertThat(takeover.status()).isEqualTo(409);
        assertThat(takeover.body()).as("which authority has the username is not this one's business")
                .doesNotContainIgnoringCase("authority").doesNotContain(elsewhere);
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.errorFields()).containsExactly("roles");
        assertThat(shortPassword.errorFields()).containsExactly("password");
        assertThat(api.as(null).post("/api/login",
                "{\"username\": \"" + shared + "\", \"password\": \"my-own-new-password\"}").status()).isEqualTo(401);
    }

    private static String noExpiry() {
        try {
            com.nimbusds.jwt.SignedJWT jwt = new com.nimbusds.jwt.SignedJWT(
                    new com.nimbusds.jose.JWSHeader(com.nimbusds.jose.JWSAlgorithm.HS256),
                    new com.nimbusds.jwt.JWTClaimsSet.Builder().subject("m").claim("roles", List.of("manager"))
                            .claim("authorities", List.of("*")).build());
            jwt.sign(new com.nimbusds.jose.crypto.MACSigner(Tokens.SECRET.getBytes()));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
