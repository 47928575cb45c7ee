package org.openiro.escalation;

import org.openiro.authority.LadderStage;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.LocalId;

/** Someone an alert is raised with or answered by: an id in the authority's directory, a role, how to reach them. */
public record Person(String id, String name, String role, String email) {
    public Person {
        LocalId.require("raisedWith.id", id);
        if (role == null || !LadderStage.ROLES.contains(role)) {
            throw new InvalidInput("raisedWith.role", "must be one of social-worker, team-manager, service-manager, "
                    + "head-of-service, assistant-director, director, chief-executive, partner-agency");
        }
    }
}
