package org.openiro.care.port.in;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.care.ChildSummary;
import org.openiro.shared.Page;

/** The children of an authority, filtered by what is due: the list an IRO service works from. */
public interface ListChildrenUseCase {

    /**
     * @param overdue true: only children whose next review is overdue today; false: only those not overdue
     * @param dueBefore only children whose next review is due before this day
     * @param iroId only the children this IRO holds now; null for every child
     */
    record Filter(Boolean overdue, LocalDate dueBefore, String iroId) {
    }

    /** The children matching the filter, soonest due first, then by id. */
    Page<ChildSummary> list(AuthorityCode authority, Filter filter, Page.Request page);

    /** The children whose social worker this is: a social worker's own caseload, soonest review first. */
    Page<ChildSummary> allocatedToSocialWorker(AuthorityCode authority, String socialWorkerId, Page.Request page);
}
