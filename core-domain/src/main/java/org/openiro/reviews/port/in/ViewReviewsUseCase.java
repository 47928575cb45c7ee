package org.openiro.reviews.port.in;

import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.reviews.RecordedReview;

public interface ViewReviewsUseCase {

    /** The child's reviews, newest first. */
    List<RecordedReview> reviews(AuthorityCode authority, ChildId child);

    RecordedReview review(AuthorityCode authority, ChildId child, String reviewId);
}
