package org.openiro.escalation.port.in;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;

/**
 * The alert withdrawn on the day (today when null), with the reason.
 *
 * @param expectedVersion the version the change is made against (the request's If-Match), or null for whatever is
 *                        stored; a version no longer current is refused with StaleVersion and nothing changes
 */
public record WithdrawAlertCommand(AuthorityCode authority, String alertId, LocalDate on, String reason,
                                   Long expectedVersion) {
    public WithdrawAlertCommand {
        Require.present("authority", authority);
        Require.present("alertId", alertId);
    }
}
