package org.openiro.authority;

import org.openiro.shared.InvalidInput;

/**
 * One rung of an escalation ladder: who an alert at this stage is raised with, and how many working days
 * they have to respond. Ids are {@code informal}, then {@code stage-1}, {@code stage-2}, … for formal stages.
 */
public record LadderStage(String id, Role respondentRole, int workingDays) {

    public LadderStage {
        if (id == null || !(id.equals("informal") || id.matches("stage-[1-9][0-9]?"))) {
            throw new InvalidInput("policy.escalationLadder.id", "a stage id is 'informal' or 'stage-N'");
        }
        if (respondentRole == null) {
            throw new InvalidInput("policy.escalationLadder.respondentRole", "unknown role null");
        }
        if (workingDays < 1 || workingDays > 60) {
            throw new InvalidInput("policy.escalationLadder.workingDays", "must be between 1 and 60 working days");
        }
    }

    /** A stage whose role is given as its word ({@code team-manager}), as the API and the stored ladders have it. */
    public LadderStage(String id, String respondentRole, int workingDays) {
        this(id, role(respondentRole), workingDays);
    }

    private static Role role(String word) {
        for (Role role : Role.values()) {
            if (role.word().equals(word)) {
                return role;
            }
        }
        throw new InvalidInput("policy.escalationLadder.respondentRole", "unknown role " + word);
    }

    public boolean isFormal() {
        return !id.equals("informal");
    }
}
