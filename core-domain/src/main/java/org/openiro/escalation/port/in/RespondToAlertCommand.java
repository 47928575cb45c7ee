package org.openiro.escalation.port.in;

import java.time.LocalDate;
import org.openiro.access.Caller;
import org.openiro.authority.AuthorityCode;
import org.openiro.escalation.Person;

/**
 * The answer of the person the alert is with, at its current stage, on the day (today when null).
 *
 * @param caller who is answering: a social worker answers only an alert raised with them, and in their own name
 * @param expectedVersion the version the change is made against (the request's If-Match), or null for whatever is
 *                        stored; a version no longer current is refused with StaleVersion and nothing changes
 */
public record RespondToAlertCommand(AuthorityCode authority, String alertId, Caller caller, LocalDate respondedOn,
                                    Person by, String text, Long expectedVersion) {
    public RespondToAlertCommand {
        Require.present("authority", authority);
        Require.present("alertId", alertId);
        Require.present("caller", caller);
        Require.present("by", by);
    }
}
