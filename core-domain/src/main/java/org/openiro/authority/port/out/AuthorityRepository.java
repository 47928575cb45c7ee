package org.openiro.authority.port.out;

import java.util.Optional;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;

/** The authorities the service serves, each with its policy history; every other record belongs to one of them. */
public interface AuthorityRepository {

    /** The authority with this code; empty when there is none. */
    Optional<Authority> find(AuthorityCode code);

    /**
     * The authority with this code, for a use case that cannot go on without it.
     *
     * @throws org.openiro.authority.UnknownAuthority when there is none
     */
    default Authority require(AuthorityCode code) {
        return find(code).orElseThrow(() -> new org.openiro.authority.UnknownAuthority(code));
    }

    /** Answers true when the authority was new. */
    boolean save(Authority authority);
}
