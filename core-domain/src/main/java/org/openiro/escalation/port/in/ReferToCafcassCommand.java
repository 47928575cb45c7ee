package org.openiro.escalation.port.in;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;

/**
 * That the IRO referred the child's case to Cafcass, on the day (today when null), with a note.
 *
 * @param expectedVersion the version the change is made against (the request's If-Match), or null for whatever is
 *                        stored; a version no longer current is refused with StaleVersion and nothing changes
 */
public record ReferToCafcassCommand(AuthorityCode authority, String alertId, LocalDate on, String note,
                                    Long expectedVersion) {
    public ReferToCafcassCommand {
        Require.present("authority", authority);
        Require.present("alertId", alertId);
    }
}
