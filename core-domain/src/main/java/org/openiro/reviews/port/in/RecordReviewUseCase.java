package org.openiro.reviews.port.in;

import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.reviews.Advocacy;
import org.openiro.reviews.Consultation;
import org.openiro.reviews.Meetings;
import org.openiro.reviews.Participation;
import org.openiro.reviews.RecordedReview;
import org.openiro.reviews.ReviewFacts;
import org.openiro.reviews.ReviewKind;

/** The IRO records a review that was held (or the first meetings of a series still going on). */
public interface RecordReviewUseCase {

    record ReviewDetails(ReviewKind kind, Meetings meetings, boolean seriesComplete, String bookingId,
                         Participation participation, Boolean attended, Advocacy advocacy,
                         List<Consultation> consultation, ReviewFacts facts) {
    }

    RecordedReview record(AuthorityCode authority, ChildId child, ReviewDetails details);
}
