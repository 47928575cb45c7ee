package org.openiro.events;

import java.time.LocalDate;
import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;

/**
 * What every {@code alert.*} event tells of the alert (events.md): whose it is, its current stage, its reasons, whom
 * it is raised with and by when they must answer. Identifiers, dates and codes only: never the alert's words.
 */
public record AlertFacts(AuthorityCode authority, ChildId childId, String alertId, String stage, List<String> reasons,
                         String raisedWithId, String raisedWithRole, LocalDate dueBy) {
    public AlertFacts {
        reasons = List.copyOf(reasons);
    }
}
