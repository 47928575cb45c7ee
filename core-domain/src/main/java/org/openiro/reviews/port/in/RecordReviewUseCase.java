package org.openiro.reviews.port.in;

import static org.openiro.shared.InvalidInput.required;

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

    /**
     * A review as the IRO records it: its kind, meetings (several for a series, {@code seriesComplete} false while it
     * goes on), the booking it was held for, how the child took part, advocacy, consultation, and what was done around
     * it.
     */
    record ReviewDetails(ReviewKind kind, Meetings meetings, boolean seriesComplete, String bookingId,
                         Participation participation, Boolean attended, Advocacy advocacy,
                         List<Consultation> consultation, ReviewFacts facts) {
    }

    /** The child and the review held for them. */
    record RecordReviewCommand(AuthorityCode authority, ChildId child, ReviewDetails details) {
        public RecordReviewCommand {
            required("authority", authority);
            required("child", child);
            required("details", details);
        }
    }

    /**
     * Records the review, measures it against the due date that stood for it, and answers it with what is owed and the
     * child's next review.
     */
    RecordedReview record(RecordReviewCommand command);
}
