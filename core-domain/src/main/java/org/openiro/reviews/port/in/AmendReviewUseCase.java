package org.openiro.reviews.port.in;

import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.reviews.RecordedReview;
import org.openiro.reviews.port.in.RecordReviewUseCase.ReviewDetails;

/**
 * Later facts about a review: the dates what was owed was done, participation, advocacy; and the meetings while the
 * series is open. A review recorded in error is deleted instead.
 */
public interface AmendReviewUseCase {

    /**
     * @param expectedVersion the version the change was made against, or null to take whatever is stored
     * @throws org.openiro.shared.StaleVersion when the review changed meanwhile
     */
    RecordedReview amend(AuthorityCode authority, ChildId child, String reviewId, Long expectedVersion,
                         ReviewDetails details);

    /**
     * Deletes a review recorded in error (with its QA form) and measures every later review again; a version no longer
     * current is refused with {@link org.openiro.shared.StaleVersion}.
     */
    void delete(AuthorityCode authority, ChildId child, String reviewId, Long expectedVersion);
}
