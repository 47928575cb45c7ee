package org.openiro.http.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.jwt.signature.jwks.JwkSetFetcher;
import io.micronaut.security.token.jwt.signature.jwks.JwkValidator;
import io.micronaut.security.token.jwt.signature.jwks.JwksSignature;
import io.micronaut.security.token.jwt.signature.jwks.JwksSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Production: tokens come from the authority's identity provider and are checked against its published keys
 * ({@code IRO_IDENTITY_PROVIDER_JWKS_URL}). With it configured, local users and local tokens are refused.
 */
@Factory
@Requires(property = IdentityProvider.JWKS_URL)
class IdentityProvider {

    static final String JWKS_URL = "iro.identity-provider.jwks-url";

    @Singleton
    @Named("identity-provider")
    JwksSignature identityProviderKeys(@Value("${" + JWKS_URL + "}") String url,
                                       @Value("${iro.identity-provider.key-type:RSA}") String keyType,
                                       JwkValidator validator, JwkSetFetcher<JWKSet> fetcher) {
        return new JwksSignature(new JwksSignatureConfiguration() {
            @Override
            public String getUrl() {
                return url;
            }

            @Override
            public KeyType getKeyType() {
                return KeyType.parse(keyType);
            }

            @Override
            public Integer getCacheExpiration() {
                return 300;
            }

            @Override
            public String getName() {
                return "identity-provider";
            }
        }, validator, fetcher);
    }
}
