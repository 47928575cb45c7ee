package org.openiro.access;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openiro.authority.AuthorityCode;

/**
 * The person making a request, as their token describes them.
 *
 * <p>A staff id belongs to one authority: {@code sw-9} of one authority and {@code sw-9} of another are two people
 * (issue 19). So a caller's IRO and social worker ids are held per authority, and one that is not the authority's
 * own grants no staff rights there.
 *
 * @param authorities the authority codes they belong to; {@code "*"} for all
 * @param iroIds their IRO id in each authority where they are an IRO, by authority code
 * @param socialWorkerIds their social worker id in each authority where they are a social worker, by authority code
 */
public record Caller(String username, Set<Role> roles, Set<String> authorities, Map<String, String> iroIds,
                     Map<String, String> socialWorkerIds) {

    public static final String ALL_AUTHORITIES = "*";

    public Caller {
        roles = Set.copyOf(roles);
        authorities = Set.copyOf(authorities);
        iroIds = iroIds == null ? Map.of() : Map.copyOf(iroIds);
        socialWorkerIds = socialWorkerIds == null ? Map.of() : Map.copyOf(socialWorkerIds);
    }

    /** A caller with no staff ids: an administrator, a manager, a viewer. */
    public Caller(String username, Set<Role> roles, Set<String> authorities) {
        this(username, roles, authorities, Map.of(), Map.of());
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

    /** Their IRO id in this authority; empty where they are not one of its IROs. */
    public Optional<String> iroIn(AuthorityCode authority) {
        return belongsTo(authority) ? Optional.ofNullable(iroIds.get(authority.value())) : Optional.empty();
    }

    /** Their social worker id in this authority; empty where they are not one of its social workers. */
    public Optional<String> socialWorkerIn(AuthorityCode authority) {
        return belongsTo(authority) ? Optional.ofNullable(socialWorkerIds.get(authority.value())) : Optional.empty();
    }
}
