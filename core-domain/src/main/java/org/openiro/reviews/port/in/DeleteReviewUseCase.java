package org.openiro.reviews.port.in;

import static org.openiro.shared.InvalidInput.required;

import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;

/** A review recorded in error is deleted, and every later review of the child measured again. */
public interface DeleteReviewUseCase {

    /** The review; {@code expectedVersion} the version the deletion was asked against, or null for whatever is stored. */
    record DeleteReviewCommand(AuthorityCode authority, ChildId child, String reviewId, Long expectedVersion) {
        public DeleteReviewCommand {
            required("authority", authority);
            required("child", child);
            required("reviewId", reviewId);
        }
    }

    /**
     * Deletes the review (with its QA form); a version no longer current is refused with
     * {@link org.openiro.shared.StaleVersion}.
     */
    void delete(DeleteReviewCommand command);
}
