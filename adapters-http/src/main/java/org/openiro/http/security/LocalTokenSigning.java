package org.openiro.http.security;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default signs its own tokens (HS256) with {@code IRO_JWT_SECRET}, or with a random secret made
 * at each start, which signs everyone out whenever the service restarts. Absent once a production identity
 * provider is configured, so that no token this service could mint is accepted there.
 */
@Factory
@Requires(missingProperty = IdentityProvider.JWKS_URL)
class LocalTokenSigning {

    private static final Logger LOG = LoggerFactory.getLogger(LocalTokenSigning.class);

    /** Named "generator" so Micronaut signs with it; as a signature configuration it also verifies. */
    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration localSignature(@Value("${iro.jwt.secret:}") String configured) {
        String secret = configured;
        if (secret.isBlank()) {
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            secret = Base64.getEncoder().encodeToString(random);
            LOG.info("Signing local tokens with a random secret: set IRO_JWT_SECRET to keep sign-ins across restarts");
        } else if (secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalStateException("IRO_JWT_SECRET must be at least 32 bytes for HS256");
        }
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(secret);
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        return new SecretSignature(configuration);
    }
}
