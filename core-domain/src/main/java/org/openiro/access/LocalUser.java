package org.openiro.access;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.openiro.shared.InvalidInput;

/**
 * A person who signs in with a password held by the service itself: the demo users, and users an administrator
 * adds, only while no production identity provider is configured.
 */
public record LocalUser(String username, String passwordHash, Set<Role> roles, Set<String> authorities,
                        String iroId, String socialWorkerId) {

    public static final String USERNAME = "[A-Za-z0-9._@-]{1,64}";

    public LocalUser {
        if (username == null || !username.matches(USERNAME)) {
            throw new InvalidInput("username", "must be 1 to 64 letters, digits, '.', '_', '@' or '-'");
        }
        roles = Set.copyOf(roles);
        authorities = Set.copyOf(authorities);
        if (roles.isEmpty()) {
            throw new InvalidInput("roles", "a user needs at least one role");
        }
        if (roles.contains(Role.IRO) && iroId == null) {
            throw new InvalidInput("iroId", "an IRO's user names their IRO id");
        }
        if (roles.contains(Role.SOCIAL_WORKER) && socialWorkerId == null) {
            throw new InvalidInput("socialWorkerId", "a social worker's user names their social worker id");
        }
    }

    /**
     * The user as a caller, their staff ids in the authority they belong to. A user of every authority ({@code *},
     * only ever the demo administrator) has none: a staff id is one authority's.
     */
    public Caller asCaller() {
        return new Caller(username, roles, authorities, inOwnAuthority(iroId), inOwnAuthority(socialWorkerId));
    }

    private Map<String, String> inOwnAuthority(String staffId) {
        Map<String, String> ids = new HashMap<>();
        if (staffId != null) {
            authorities.stream().filter(a -> !a.equals(Caller.ALL_AUTHORITIES)).forEach(a -> ids.put(a, staffId));
        }
        return ids;
    }
}
