package org.openiro.escalation;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.openiro.authority.Role;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.LocalId;

/** Someone an alert is raised with or answered by: an id in the authority's directory, a role, how to reach them. */
public record Person(String id, String name, Role role, String email) {
    public Person {
        LocalId.require("raisedWith.id", id);
        if (role == null) {
            throw unknownRole();
        }
    }

    /** A person whose role is given as its word ({@code team-manager}), as the API and the stored alerts have it. */
    public Person(String id, String name, String role, String email) {
        this(id, name, roleOf(role), email);
    }

    private static Role roleOf(String word) {
        return Arrays.stream(Role.values()).filter(r -> r.word().equals(word)).findFirst()
                .orElseThrow(Person::unknownRole);
    }

    private static InvalidInput unknownRole() {
        // Listed up the ladder, as a reader of the API's answer would look for them.
        return new InvalidInput("raisedWith.role", "must be one of " + Arrays.stream(Role.values()).map(Role::word)
                .collect(Collectors.joining(", ")));
    }
}
