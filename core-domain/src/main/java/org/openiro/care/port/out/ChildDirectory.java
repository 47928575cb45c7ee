package org.openiro.care.port.out;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.care.ChildSummary;
import org.openiro.children.ChildId;
import org.openiro.shared.Page;

/** Lists an authority's children by their stored next review, without loading every child's history. */
public interface ChildDirectory {

    /**
     * @param dueOnOrAfter only children whose next review is due on or after this day; null for no lower bound
     * @param dueBefore only children whose next review is due before this day; null for no upper bound
     * @param withReviewDue true: only children with a review due at all
     * @param nameContains only children whose recorded name contains this, ignoring case; null for every child
     */
    Page<ChildSummary> list(AuthorityCode authority, LocalDate dueOnOrAfter, LocalDate dueBefore,
                            boolean withReviewDue, String iroId, String nameContains, Page.Request page);

    /** Whether the authority has a child with this id. */
    boolean exists(AuthorityCode authority, ChildId childId);

    /** The children whose social worker on record this is, by their next review. */
    Page<ChildSummary> ofSocialWorker(AuthorityCode authority, String socialWorkerId, Page.Request page);
}
