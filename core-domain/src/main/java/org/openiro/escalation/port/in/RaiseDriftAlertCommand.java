package org.openiro.escalation.port.in;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;

/**
 * Drift or delay found at the child's midway review on the day.
 */
public record RaiseDriftAlertCommand(AuthorityCode authority, ChildId child, LocalDate on) {
    public RaiseDriftAlertCommand {
        Require.present("authority", authority);
        Require.present("child", child);
        Require.present("on", on);
    }
}
