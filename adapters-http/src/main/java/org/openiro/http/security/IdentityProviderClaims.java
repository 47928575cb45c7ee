package org.openiro.http.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import java.util.Collection;

/**
 * With an identity provider configured, a token must have been issued by it for this service: its {@code iss} is
 * {@code iro.security.identity-provider.issuer} and its {@code aud} names {@code iro.security.identity-provider.audience}.
 * An identity provider signs tokens for many services with the same keys; without this, a token it issued to any of them
 * (a council's timesheet app, say) would open this one. The service refuses to start without both settings.
 */
@Context
@Requires(property = IdentityProvider.JWKS_URL)
class IdentityProviderClaims implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private final String issuer;
    private final String audience;

    IdentityProviderClaims(@Value("${iro.security.identity-provider.issuer:}") String issuer,
                           @Value("${iro.security.identity-provider.audience:}") String audience) {
        if (issuer.isBlank() || audience.isBlank()) {
            throw new IllegalStateException("With an identity provider configured (" + IdentityProvider.JWKS_URL
                    + "), set IRO_SECURITY_IDENTITY_PROVIDER_ISSUER (its tokens' iss) and "
                    + "IRO_SECURITY_IDENTITY_PROVIDER_AUDIENCE (the aud it gives this service's tokens)");
        }
        this.issuer = issuer.trim();
        this.audience = audience.trim();
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        Object iss = claims.get("iss");
        Object aud = claims.get("aud");
        boolean audienceMatches = aud instanceof Collection<?> list
                ? list.stream().anyMatch(a -> audience.equals(String.valueOf(a)))
                : aud != null && audience.equals(String.valueOf(aud));
        return issuer.equals(iss == null ? null : String.valueOf(iss)) && audienceMatches;
    }
}
