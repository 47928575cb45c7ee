package org.openiro.escalation.port.in;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.escalation.Person;

/**
 * The alert raised to a higher stage of its ladder with a new person, on the day (today when null), and why.
 *
 * @param expectedVersion the version the change is made against (the request's If-Match), or null for whatever is
 *                        stored; a version no longer current is refused with StaleVersion and nothing changes
 */
public record EscalateAlertCommand(AuthorityCode authority, String alertId, String stage, Person raisedWith,
                                   LocalDate on, String reason, Long expectedVersion) {
    public EscalateAlertCommand {
        Require.present("authority", authority);
        Require.present("alertId", alertId);
        Require.present("raisedWith", raisedWith);
    }
}
