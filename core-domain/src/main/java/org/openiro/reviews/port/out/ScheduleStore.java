package org.openiro.reviews.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.reviews.NextReview;

/**
 * Each child's next review as last decided, kept so that worklists, filters and the daily scan read it rather than
 * recompute every child's history.
 */
public interface ScheduleStore {

    /** The child's next review as last saved; empty when none is due. */
    Optional<NextReview> next(AuthorityCode authority, ChildId child);

    /** Saves the child's next review, or that none is due (empty). */
    void save(AuthorityCode authority, ChildId child, Optional<NextReview> next);

    /** The next review of every child of the authority that has one. */
    java.util.Map<ChildId, NextReview> nextOfAuthority(AuthorityCode authority);

    /** Every child, in every authority, whose next review is due on or before {@code until}. */
    List<Due> dueOnOrBefore(LocalDate until);

    /** A child whose next review is due, with it. */
    record Due(AuthorityCode authority, ChildId child, NextReview next) {
    }
}
