package org.openiro.care.port.in;

import static org.openiro.shared.InvalidInput.required;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.care.ChildRecord;
import org.openiro.children.ChildId;
import org.openiro.children.LegalStatus;

/** A child becomes looked after: a period of care starts, and with it the review cycle. */
public interface StartPeriodOfCareUseCase {

    /**
     * The day care starts, the legal status and placement it starts with (SSDA903 codes), and whether the placement is
     * over 20 miles from home and planned (null when not known).
     */
    record StartPeriodOfCareCommand(AuthorityCode authority, ChildId childId, LocalDate startDate,
                                    LegalStatus legalStatus, String placementType, Boolean over20Miles,
                                    Boolean planned) {
        public StartPeriodOfCareCommand {
            required("authority", authority);
            required("childId", childId);
            required("startDate", startDate);
        }
    }

    /** Starts the period of care and schedules the child's first review; answers the child with their next review. */
    ChildRecord start(StartPeriodOfCareCommand command);
}
