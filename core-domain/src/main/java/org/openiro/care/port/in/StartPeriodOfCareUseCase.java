package org.openiro.care.port.in;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.care.ChildRecord;
import org.openiro.children.ChildId;
import org.openiro.children.LegalStatus;

/** A child becomes looked after: a period of care starts, and with it the review cycle. */
public interface StartPeriodOfCareUseCase {

    record StartPeriodOfCareCommand(AuthorityCode authority, ChildId childId, LocalDate startDate,
                                    LegalStatus legalStatus, String placementType, Boolean over20Miles,
                                    Boolean planned) {
    }

    ChildRecord start(StartPeriodOfCareCommand command);
}
