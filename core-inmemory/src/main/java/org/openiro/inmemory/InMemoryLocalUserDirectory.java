package org.openiro.inmemory;

import java.util.Map;
import java.util.Optional;
import org.openiro.access.LocalUser;
import org.openiro.access.port.out.LocalUserDirectory;

/** Local users, by username. */
public final class InMemoryLocalUserDirectory extends Tables implements LocalUserDirectory {

    private final Map<String, LocalUser> users = table();

    @Override
    public synchronized Optional<LocalUser> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    @Override
    public synchronized boolean save(LocalUser user) {
        return users.put(user.username(), user) == null;
    }
}
