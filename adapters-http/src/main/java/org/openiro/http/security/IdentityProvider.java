package org.openiro.http.security;

/**
 * Production: tokens come from the authority's identity provider, checked against the keys it publishes. It is
 * configured the Micronaut way, as the JWKS signature named {@code idp}
 * ({@code MICRONAUT_SECURITY_TOKEN_JWT_SIGNATURES_JWKS_IDP_URL}); with it set, local users, the sign-in endpoint
 * and locally signed tokens are all switched off.
 */
final class IdentityProvider {

    static final String JWKS_URL = "micronaut.security.token.jwt.signatures.jwks.idp.url";

    private IdentityProvider() {
    }
}
