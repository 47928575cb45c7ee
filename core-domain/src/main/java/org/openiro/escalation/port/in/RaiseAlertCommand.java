package org.openiro.escalation.port.in;

import java.time.LocalDate;
import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.escalation.Person;
import org.openiro.shared.InvalidInput;

/**
 * What the IRO raises: the day (today when null), the authority's reasons, the ladder's stage to start at, the
 * person raised with (the child's person on record for the stage's role when null), what is wrong and what should
 * happen; a partner escalation also names the agency and theme.
 */
public record RaiseAlertCommand(AuthorityCode authority, ChildId child, LocalDate raisedOn, List<String> reasons,
                                String stage, Person raisedWith, String description, String outcomeSought,
                                String partnerAgency, String theme) {
    public RaiseAlertCommand {
        Require.present("authority", authority);
        Require.present("child", child);
        if (reasons == null || reasons.isEmpty()) {
            throw new InvalidInput("reasons", "an alert gives at least one reason");
        }
        reasons = List.copyOf(reasons);
    }
}
