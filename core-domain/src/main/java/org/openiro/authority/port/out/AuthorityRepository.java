package org.openiro.authority.port.out;

import java.util.Optional;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;

public interface AuthorityRepository {

    Optional<Authority> find(AuthorityCode code);

    /** Answers true when the authority was new. */
    boolean save(Authority authority);
}
