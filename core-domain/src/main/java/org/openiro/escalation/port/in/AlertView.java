package org.openiro.escalation.port.in;

import java.util.List;
import org.openiro.escalation.Alert;

/**
 * An alert as the use cases answer it: the record, and what today makes of it.
 *
 * @param stagesOverdue for each of the alert's stages, in order, whether its person ran out of time
 */
public record AlertView(Alert alert, boolean overTimescale, int ageWorkingDays, List<Boolean> stagesOverdue) {
    public AlertView {
        stagesOverdue = List.copyOf(stagesOverdue);
    }
}
