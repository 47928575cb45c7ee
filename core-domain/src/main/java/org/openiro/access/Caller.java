package org.openiro.access;

import java.util.Optional;
import java.util.Set;
import org.openiro.authority.AuthorityCode;

/**
 * The person making a request, as their token describes them.
 *
 * @param authorities the authority codes they belong to; {@code "*"} for all
 * @param iroId their IRO id, when they are an IRO
 * @param socialWorkerId their social worker id, when they are a social worker
 */
public record Caller(String username, Set<Role> roles, Set<String> authorities, String iroId, String socialWorkerId) {

    public static final String ALL_AUTHORITIES = "*";

    public Caller {
        roles = Set.copyOf(roles);
        authorities = Set.copyOf(authorities);
    }

    public boolean belongsTo(AuthorityCode authority) {
        return authorities.contains(ALL_AUTHORITIES) || authorities.contains(authority.value());
    }

    public boolean belongsToEveryAuthority() {
        return authorities.contains(ALL_AUTHORITIES);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Optional<String> iro() {
        return Optional.ofNullable(iroId);
    }

    public Optional<String> socialWorker() {
        return Optional.ofNullable(socialWorkerId);
    }
}
