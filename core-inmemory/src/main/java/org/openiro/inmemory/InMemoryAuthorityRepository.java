package org.openiro.inmemory;

import java.util.Map;
import java.util.Optional;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;

/** The authorities, by code. */
public final class InMemoryAuthorityRepository extends Tables implements AuthorityRepository {

    private final Map<AuthorityCode, Authority> authorities = table();

    @Override
    public synchronized Optional<Authority> find(AuthorityCode code) {
        return Optional.ofNullable(authorities.get(code));
    }

    @Override
    public synchronized boolean save(Authority authority) {
        return authorities.put(authority.code(), authority) == null;
    }
}
