package org.openiro.care;

import static org.openiro.shared.InvalidInput.required;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.children.LegalStatus;

/**
 * One change to the child's care that a manager records (the command of {@code RecordCareChangeUseCase}): the end of
 * the period, a new placement, or a new legal status. Each checks itself as it is made.
 */
public sealed interface CareChange {

    AuthorityCode authority();

    ChildId child();

    /** The open period of care ends on the day, for a reason of the SSDA903's (REC). */
    record EndPeriodOfCare(AuthorityCode authority, ChildId child, LocalDate endDate, String reason)
            implements CareChange {
        public EndPeriodOfCare {
            required("authority", authority);
            required("child", child);
            required("endDate", endDate);
        }
    }

    /**
     * A placement starts on the day within the open period of care (an SSDA903 placement type); whether it is over
     * 20 miles from home and planned, null when not known.
     */
    record RecordPlacement(AuthorityCode authority, ChildId child, LocalDate startDate, String type,
                           Boolean over20Miles, Boolean planned) implements CareChange {
        public RecordPlacement {
            required("authority", authority);
            required("child", child);
            required("startDate", startDate);
        }
    }

    /** The child is looked after under this legal status from the day. */
    record ChangeLegalStatus(AuthorityCode authority, ChildId child, LocalDate from, LegalStatus status)
            implements CareChange {
        public ChangeLegalStatus {
            required("authority", authority);
            required("child", child);
            required("from", from);
        }
    }
}
