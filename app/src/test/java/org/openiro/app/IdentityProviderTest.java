package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestServices;
import org.openiro.app.support.Tokens;

/**
 * Production: an authority's identity provider signs the tokens. With it configured, its tokens get in, and the
 * service's own sign-in, local users and locally signed tokens are refused.
 */
class IdentityProviderTest {

    @Test
    void with_an_identity_provider_only_its_tokens_get_in() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("idp-key-1").generate();
        HttpServer jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] published = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, published.length);
            exchange.getResponseBody().write(published);
            exchange.close();
        });
        jwks.start();
        Map<String, Object> config = new HashMap<>(TestServices.postgres(TestServices.POSTGRES_URL));
        config.put("micronaut.security.token.jwt.signatures.jwks.idp.url", "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks");
        config.put("iro.security.identity-provider.issuer", ISSUER);
        config.put("iro.security.identity-provider.audience", AUDIENCE);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, config, "test")) {
            Api api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
            String token = token(key, ISSUER, List.of(AUDIENCE, "another-service"));

            Api.Reply created = api.as(token).put("/api/authorities/idp-county", "{\"name\": \"IdP County\"}");

            assertThat(created.status()).as(created.toString()).isIn(200, 201);
            assertThat(api.as(token(key, "https://elsewhere.example/", List.of(AUDIENCE))).get(
                    "/api/authorities/idp-county").status()).as("issued by another issuer").isEqualTo(401);
            assertThat(api.as(token(key, ISSUER, List.of("timesheets"))).get("/api/authorities/idp-county").status())
                    .as("issued for another service").isEqualTo(401);
            assertThat(api.as(token(key, ISSUER, null)).get("/api/authorities/idp-county").status())
                    .as("issued for no service in particular").isEqualTo(401);
            assertThat(api.as(Tokens.superuser()).get("/api/authorities/idp-county").status())
                    .as("a token signed with the local secret").isEqualTo(401);
            assertThat(api.as(null).post("/api/login", "{\"username\": \"admin\", \"password\": \"admin\"}").status())
                    .as("local sign-in").isIn(401, 404);
            assertThat(api.as(token).put("/api/authorities/idp-county/users/someone",
                    "{\"password\": \"a-long-enough-password\", \"roles\": [\"viewer\"]}").status())
                    .as("local users").isEqualTo(404);
        } finally {
            jwks.stop(0);
        }
    }

    @Test
    void with_an_identity_provider_but_no_issuer_or_audience_the_service_refuses_to_start() {
        for (String missing : List.of("iro.security.identity-provider.issuer", "iro.security.identity-provider.audience")) {
            Map<String, Object> config = new HashMap<>(TestServices.postgres(TestServices.POSTGRES_URL));
            config.put("micronaut.security.token.jwt.signatures.jwks.idp.url", "http://127.0.0.1:9/jwks");
            config.put("iro.security.identity-provider.issuer", ISSUER);
            config.put("iro.security.identity-provider.audience", AUDIENCE);
            config.remove(missing);

            assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class, config, "test").close())
                    .as("without " + missing).hasStackTraceContaining("IRO_SECURITY_IDENTITY_PROVIDER_ISSUER");
        }
    }

    private static final String ISSUER = "https://login.county.example/tenant/";
    private static final String AUDIENCE = "api://iro-service";

    private static String token(RSAKey key, String issuer, List<String> audience) throws Exception {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject("jane@county.gov.uk")
                .claim("roles", List.of("admin")).claim("authorities", List.of("*")).issuer(issuer)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600)));
        if (audience != null) {
            claims.audience(audience);
        }
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("idp-key-1").build(),
                claims.build());
        token.sign(new RSASSASigner(key));
        return token.serialize();
    }
}
