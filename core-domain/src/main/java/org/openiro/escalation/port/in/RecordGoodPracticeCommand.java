package org.openiro.escalation.port.in;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;

/**
 * Good practice the IRO noticed in the child's care: the day, whose (a social worker, a team; either may be
 * missing) and what.
 */
public record RecordGoodPracticeCommand(AuthorityCode authority, ChildId child, LocalDate on, String socialWorkerId,
                                        String team, String text) {
    public RecordGoodPracticeCommand {
        Require.present("authority", authority);
        Require.present("child", child);
        Require.present("on", on);
    }
}
