package org.openiro.ssda903.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.reviews.Direction;
import org.openiro.reviews.NextReview;
import org.openiro.reviews.Review;

/**
 * The register as an SSDA903 import reads and writes it: a thousand children at a time, in bulk, since a national
 * return has a hundred thousand of them and one round trip per record would take the best part of an hour.
 */
public interface ImportRegister {

    /** What the register holds for a child already on it. */
    record StoredCase(Child child, List<Review> reviews, List<Direction> directions, Optional<NextReview> next) {
    }

    /**
     * The stored cases of those of these children already on the register, each held until the unit of work ends (as
     * a change to one child holds it), so that nothing recorded meanwhile is lost.
     */
    Map<ChildId, StoredCase> lockCases(AuthorityCode authority, Collection<ChildId> children);

    /**
     * What the import makes of one batch of children.
     *
     * @param changedChildren children whose demographics or care history differ from what was stored: their history
     *                        is rewritten (their social worker and everything else recorded about them is kept)
     * @param nextReviews     each child whose next review is new or changed, with it (empty: none is due)
     */
    record Changes(List<Child> newChildren, List<Child> changedChildren, List<Review> newReviews,
                   List<Review> changedReviews, Map<ChildId, Optional<NextReview>> nextReviews) {
    }

    /**
     * Writes a batch's changes.
     *
     * @throws org.openiro.shared.StaleVersion when a changed review's stored version is no longer the one read
     */
    void write(AuthorityCode authority, Changes changes);

    /** A batch's changes made ready to write (their rows made, say), so that the writing itself is quick. */
    interface Prepared {
        Changes changes();
    }

    /**
     * Makes a batch's changes ready to write, without the unit of work: called in the {@code Background}, while the
     * batch before is written, so that the database is not kept waiting while the next batch's rows are made. Safe to
     * call on any thread, beside {@link #write}.
     */
    default Prepared prepare(AuthorityCode authority, Changes changes) {
        return () -> changes;
    }

    /** Writes a batch made ready by {@link #prepare}, as {@link #write(AuthorityCode, Changes)} writes its changes. */
    default void write(AuthorityCode authority, Prepared prepared) {
        write(authority, prepared.changes());
    }
}
