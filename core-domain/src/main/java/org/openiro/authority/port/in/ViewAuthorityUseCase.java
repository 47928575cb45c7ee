package org.openiro.authority.port.in;

import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;

/** Reads an authority: its name, population and the policy in force. */
public interface ViewAuthorityUseCase {

    /** The authority with its effective policy; {@link org.openiro.authority.UnknownAuthority} when there is none. */
    Authority view(AuthorityCode code);
}
