package org.openiro.reviews;

import java.util.Optional;

/** A review as the service answers it: the record, what is owed around it today, and the child's next review. */
public record RecordedReview(Review review, Deadlines deadlines, Optional<NextReview> nextReview) {
}
