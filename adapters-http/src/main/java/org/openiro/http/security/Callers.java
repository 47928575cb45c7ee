package org.openiro.http.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openiro.access.Caller;
import org.openiro.access.Role;

/**
 * Reads who is calling from their verified token. The claim names are configurable, because each authority's
 * identity provider names them its own way.
 */
@Singleton
public class Callers {

    private final String authoritiesClaim;
    private final String iroIdClaim;
    private final String socialWorkerIdClaim;

    Callers(@Value("${iro.security.claims.authorities:authorities}") String authoritiesClaim,
            @Value("${iro.security.claims.iro-id:iroId}") String iroIdClaim,
            @Value("${iro.security.claims.social-worker-id:socialWorkerId}") String socialWorkerIdClaim) {
        this.authoritiesClaim = authoritiesClaim;
        this.iroIdClaim = iroIdClaim;
        this.socialWorkerIdClaim = socialWorkerIdClaim;
    }

    /**
     * @throws AuthorizationException (401) for a token without an expiry: Micronaut checks {@code exp} only when a
     *         token carries one, and a token that never expires, once leaked, would work for ever
     */
    public Caller of(Authentication authentication) {
        if (authentication.getAttributes().get("exp") == null) {
            throw new AuthorizationException(null);
        }
        Set<Role> roles = authentication.getRoles().stream().map(Role::of).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        Object authorities = authentication.getAttributes().get(authoritiesClaim);
        Set<String> codes = authorities instanceof Collection<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.toSet())
                : authorities instanceof String single ? Set.of(single) : Set.of();
        return new Caller(authentication.getName(), roles, codes, text(authentication, iroIdClaim),
                text(authentication, socialWorkerIdClaim));
    }

    private static String text(Authentication authentication, String claim) {
        Object value = authentication.getAttributes().get(claim);
        return value == null ? null : String.valueOf(value);
    }
}
