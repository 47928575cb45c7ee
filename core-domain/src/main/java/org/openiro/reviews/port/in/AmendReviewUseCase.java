package org.openiro.reviews.port.in;

import static org.openiro.shared.InvalidInput.required;

import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.reviews.RecordedReview;
import org.openiro.reviews.port.in.RecordReviewUseCase.ReviewDetails;

/**
 * Later facts about a review: the dates what was owed was done, participation, advocacy; and the meetings while the
 * series is open. A review recorded in error is deleted instead ({@link DeleteReviewUseCase}).
 */
public interface AmendReviewUseCase {

    /**
     * The review as it now stands; {@code expectedVersion} is the version the change was made against, or null to take
     * whatever is stored.
     */
    record AmendReviewCommand(AuthorityCode authority, ChildId child, String reviewId, Long expectedVersion,
                              ReviewDetails details) {
        public AmendReviewCommand {
            required("authority", authority);
            required("child", child);
            required("reviewId", reviewId);
            required("details", details);
        }
    }

    /** @throws org.openiro.shared.StaleVersion when the review changed meanwhile */
    RecordedReview amend(AmendReviewCommand command);
}
