package org.openiro.care.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.care.ChildSummary;
import org.openiro.children.ChildId;
import org.openiro.shared.Page;

/** The children of an authority, filtered by what is due: the list an IRO service works from. */
public interface ListChildrenUseCase {

    /**
     * @param overdue true: only children whose next review is overdue today; false: only those not overdue
     * @param dueBefore only children whose next review is due before this day
     * @param iroId only the children this IRO holds now; null for every child
     * @param name only the children whose recorded name contains this, whatever its case (blank for every child)
     */
    record Filter(Boolean overdue, LocalDate dueBefore, String iroId, String name) {

        /** No name filter: the children by what is due and who holds them. */
        public Filter(Boolean overdue, LocalDate dueBefore, String iroId) {
            this(overdue, dueBefore, iroId, null);
        }
    }

    /** The children matching the filter, soonest due first, then by id. */
    Page<ChildSummary> list(AuthorityCode authority, Filter filter, Page.Request page);

    /**
     * The child whose id this text is, exactly as typed (spaces around it aside); empty when the text is no id or the
     * authority has no such child: what a search box does with an id before it searches names.
     */
    Optional<ChildId> withId(AuthorityCode authority, String text);

    /** The children whose social worker this is: a social worker's own caseload, soonest review first. */
    Page<ChildSummary> allocatedToSocialWorker(AuthorityCode authority, String socialWorkerId, Page.Request page);
}
