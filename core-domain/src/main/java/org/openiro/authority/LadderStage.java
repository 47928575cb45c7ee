package org.openiro.authority;

import org.openiro.shared.InvalidInput;

/**
 * One rung of an escalation ladder: who an alert at this stage is raised with, and how many working days
 * they have to respond. Ids are {@code informal}, then {@code stage-1}, {@code stage-2}, … for formal stages.
 */
public record LadderStage(String id, String respondentRole, int workingDays) {
    public static final java.util.Set<String> ROLES = java.util.Set.of("social-worker", "team-manager",
            "service-manager", "head-of-service", "assistant-director", "director", "chief-executive",
            "partner-agency");

    public LadderStage {
        if (id == null || !(id.equals("informal") || id.matches("stage-[1-9][0-9]?"))) {
            throw new InvalidInput("policy.escalationLadder.id", "a stage id is 'informal' or 'stage-N'");
        }
        if (!ROLES.contains(respondentRole)) {
            throw new InvalidInput("policy.escalationLadder.respondentRole", "unknown role " + respondentRole);
        }
        if (workingDays < 1 || workingDays > 60) {
            throw new InvalidInput("policy.escalationLadder.workingDays", "must be between 1 and 60 working days");
        }
    }

    public boolean isFormal() {
        return !id.equals("informal");
    }
}
