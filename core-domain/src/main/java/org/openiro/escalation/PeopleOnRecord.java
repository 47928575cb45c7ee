package org.openiro.escalation;

import java.util.Optional;
import org.openiro.authority.Authority;
import org.openiro.authority.LadderStage;
import org.openiro.children.ChildId;
import org.openiro.escalation.port.out.AlertPeople;
import org.openiro.shared.InvalidInput;

/** Whom an alert at a stage goes to when the IRO names nobody: the person on record for the stage's role. */
final class PeopleOnRecord {

    private final AlertPeople people;

    PeopleOnRecord(AlertPeople people) {
        this.people = people;
    }

    static String roleOf(Authority authority, String stage) {
        return authority.policy().escalation().ladder().stages().stream().filter(s -> s.id().equals(stage))
                .map(s -> s.respondentRole().word()).findFirst()
                .orElseThrow(() -> new InvalidInput("stage", "not a stage of this authority's ladder"));
    }

    /** By the stage's role: the child's social worker, or their team manager; anyone else must be named. */
    Optional<Person> at(Authority authority, ChildId child, String stage) {
        String role = roleOf(authority, stage);
        return "social-worker".equals(role) ? people.socialWorker(authority.code(), child)
                : "team-manager".equals(role) ? people.teamManager(authority.code(), child) : Optional.empty();
    }
}
