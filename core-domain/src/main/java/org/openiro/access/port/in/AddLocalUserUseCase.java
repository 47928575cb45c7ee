package org.openiro.access.port.in;

import java.util.Set;
import org.openiro.access.Caller;
import org.openiro.access.Role;
import org.openiro.authority.AuthorityCode;

/** An administrator adds a local user to their authority, or changes one. */
public interface AddLocalUserUseCase {

    /**
     * What the administrator gives: who they are (checked against the authority), the user's name, password (hashed
     * before it is kept), roles, and the IRO or social worker id a user in that role needs.
     */
    record AddLocalUserCommand(Caller by, AuthorityCode authority, String username, String password, Set<Role> roles,
                               String iroId, String socialWorkerId) {
    }

    /** Answers true when the user was new. */
    boolean add(AddLocalUserCommand command);
}
