package org.openiro.care.port.in;

import static org.openiro.shared.InvalidInput.required;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.care.ChildRecord;
import org.openiro.children.ChildId;
import org.openiro.children.LegalStatus;

/** A manager records what changes within a period of care, and its end. Each may move the next review. */
public interface RecordCareChangeUseCase {

    /** One change to the child's care: the end of the period, a new placement, or a new legal status. */
    sealed interface RecordCareChangeCommand {
        AuthorityCode authority();

        ChildId child();
    }

    /** The open period of care ends on the day, for a reason of the SSDA903's (REC). */
    record EndPeriodOfCare(AuthorityCode authority, ChildId child, LocalDate endDate, String reason)
            implements RecordCareChangeCommand {
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
                           Boolean over20Miles, Boolean planned) implements RecordCareChangeCommand {
        public RecordPlacement {
            required("authority", authority);
            required("child", child);
            required("startDate", startDate);
        }
    }

    /** The child is looked after under this legal status from the day. */
    record ChangeLegalStatus(AuthorityCode authority, ChildId child, LocalDate from, LegalStatus status)
            implements RecordCareChangeCommand {
        public ChangeLegalStatus {
            required("authority", authority);
            required("child", child);
            required("from", from);
        }
    }

    /** Records the change and answers the child as they now stand, with their next review measured again. */
    ChildRecord record(RecordCareChangeCommand command);
}
