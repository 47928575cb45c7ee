package org.openiro.access.port.out;

import java.util.Optional;
import org.openiro.access.LocalUser;

public interface LocalUserDirectory {

    Optional<LocalUser> find(String username);

    /** Answers true when the user was new. */
    boolean save(LocalUser user);
}
