package org.openiro.care.port.in;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.care.ChildRecord;
import org.openiro.children.ChildId;
import org.openiro.children.LegalStatus;

/** A manager records what changes within a period of care, and its end. Each may move the next review. */
public interface RecordCareChangeUseCase {

    /**
     * Ends the child's open period of care on the day, for a reason of the SSDA903's (REC); answers the child as they
     * stand.
     */
    ChildRecord endPeriodOfCare(AuthorityCode authority, ChildId child, LocalDate endDate, String reason);

    /** Records a placement starting on the day within the open period of care (an SSDA903 placement type). */
    ChildRecord recordPlacement(AuthorityCode authority, ChildId child, LocalDate startDate, String type,
                                Boolean over20Miles, Boolean planned);

    /** Records the legal status the child is looked after under from the day. */
    ChildRecord changeLegalStatus(AuthorityCode authority, ChildId child, LocalDate from, LegalStatus status);
}
