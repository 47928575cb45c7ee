package org.openiro.access.port.out;

import java.util.Optional;
import org.openiro.access.LocalUser;

/**
 * The local users of the embedded default, by username: each with the hash of their password, never the password
 * itself.
 */
public interface LocalUserDirectory {

    /** The user with this name; empty when there is none. */
    Optional<LocalUser> find(String username);

    /** Answers true when the user was new. */
    boolean save(LocalUser user);
}
