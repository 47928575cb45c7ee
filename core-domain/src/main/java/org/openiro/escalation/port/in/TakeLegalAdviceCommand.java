package org.openiro.escalation.port.in;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;

/**
 * That the IRO took independent legal advice, on the day (today when null), with a note.
 *
 * @param expectedVersion the version the change is made against (the request's If-Match), or null for whatever is
 *                        stored; a version no longer current is refused with StaleVersion and nothing changes
 */
public record TakeLegalAdviceCommand(AuthorityCode authority, String alertId, LocalDate on, String note,
                                     Long expectedVersion) {
    public TakeLegalAdviceCommand {
        Require.present("authority", authority);
        Require.present("alertId", alertId);
    }
}
