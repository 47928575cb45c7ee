package org.openiro.escalation.port.in;

import java.time.LocalDate;
import java.util.List;
import org.openiro.authority.AuthorityCode;

/**
 * The alert resolved on the day (today when null), with its outcome and the impact on the child (none when null).
 *
 * @param expectedVersion the version the change is made against (the request's If-Match), or null for whatever is
 *                        stored; a version no longer current is refused with StaleVersion and nothing changes
 */
public record ResolveAlertCommand(AuthorityCode authority, String alertId, LocalDate resolvedOn, String outcome,
                                  List<String> impact, String impactText, Long expectedVersion) {
    public ResolveAlertCommand {
        Require.present("authority", authority);
        Require.present("alertId", alertId);
        impact = Require.listOrEmpty(impact);
    }
}
