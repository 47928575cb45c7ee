package org.openiro.care.port.in;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.care.ChildRecord;
import org.openiro.children.ChildId;
import org.openiro.children.LegalStatus;

/** A manager records what changes within a period of care, and its end. Each may move the next review. */
public interface RecordCareChangeUseCase {

    ChildRecord endPeriodOfCare(AuthorityCode authority, ChildId child, LocalDate endDate, String reason);

    ChildRecord recordPlacement(AuthorityCode authority, ChildId child, LocalDate startDate, String type,
                                Boolean over20Miles, Boolean planned);

    ChildRecord changeLegalStatus(AuthorityCode authority, ChildId child, LocalDate from, LegalStatus status);
}
