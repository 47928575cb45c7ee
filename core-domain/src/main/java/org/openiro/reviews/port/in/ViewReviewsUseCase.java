package org.openiro.reviews.port.in;

import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.reviews.RecordedReview;

/** Reads a child's reviews, each with what is owed around it today. */
public interface ViewReviewsUseCase {

    /** The child's reviews, newest first. */
    List<RecordedReview> reviews(AuthorityCode authority, ChildId child);

    /** One review; {@link org.openiro.reviews.UnknownReview} when the child has no such review. */
    RecordedReview review(AuthorityCode authority, ChildId child, String reviewId);
}
