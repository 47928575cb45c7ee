package org.openiro.http.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openiro.access.Caller;
import org.openiro.access.Role;

/**
 * Reads who is calling from their verified token. The claim names are configurable, because each authority's
 * identity provider names them its own way.
 *
 * <p>Staff ids are per authority (issue 19): {@code "iroIds": {"demo": "iro-1"}}, {@code "socialWorkerIds": {...}}.
 * An identity provider that can only send a flat text claim may send {@code iroId} / {@code socialWorkerId}
 * instead, and it counts only on a token of exactly one authority: on a token of several, or of every authority, it
 * could not say whose id it is, and grants no staff rights anywhere.
 */
@Singleton
public class Callers {

    private final String authoritiesClaim;
    private final String iroIdsClaim;
    private final String socialWorkerIdsClaim;
    private final String iroIdClaim;
    private final String socialWorkerIdClaim;

    Callers(@Value("${iro.security.claims.authorities:authorities}") String authoritiesClaim,
            @Value("${iro.security.claims.iro-ids:iroIds}") String iroIdsClaim,
            @Value("${iro.security.claims.social-worker-ids:socialWorkerIds}") String socialWorkerIdsClaim,
            @Value("${iro.security.claims.iro-id:iroId}") String iroIdClaim,
            @Value("${iro.security.claims.social-worker-id:socialWorkerId}") String socialWorkerIdClaim) {
        this.authoritiesClaim = authoritiesClaim;
        this.iroIdsClaim = iroIdsClaim;
        this.socialWorkerIdsClaim = socialWorkerIdsClaim;
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
        return new Caller(authentication.getName(), roles, codes, staffIds(authentication, iroIdsClaim, iroIdClaim,
                codes), staffIds(authentication, socialWorkerIdsClaim, socialWorkerIdClaim, codes));
    }

    /** The per-authority claim; else the flat one, for the token's one authority only. */
    private static Map<String, String> staffIds(Authentication authentication, String perAuthorityClaim,
                                                String flatClaim, Set<String> authorities) {
        Object perAuthority = authentication.getAttributes().get(perAuthorityClaim);
        Map<String, String> ids = new HashMap<>();
        if (perAuthority instanceof Map<?, ?> map) {
            map.forEach((authority, id) -> {
                if (authority != null && id instanceof String text && !Caller.ALL_AUTHORITIES.equals(authority)) {
                    ids.put(String.valueOf(authority), text);
                }
            });
            return ids;
        }
        Object flat = authentication.getAttributes().get(flatClaim);
        if (flat instanceof String text && authorities.size() == 1
                && !authorities.contains(Caller.ALL_AUTHORITIES)) {
            ids.put(authorities.iterator().next(), text);
        }
        return ids;
    }
}
