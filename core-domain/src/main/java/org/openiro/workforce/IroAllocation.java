package org.openiro.workforce;

import java.time.LocalDate;

/** Which IRO held a child from when to when, and why it changed; {@code to} is null for the current one. */
public record IroAllocation(String iroId, LocalDate from, LocalDate to, String reason) {

    /** How many IROs a child has had since {@code since} (their period of care began): continuity is reported. */
    public static int irosSince(java.util.List<IroAllocation> history, LocalDate since) {
        return (int) history.stream().filter(a -> a.to() == null || a.to().isAfter(since))
                .map(IroAllocation::iroId).distinct().count();
    }
}
