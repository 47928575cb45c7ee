package org.openiro.reviews;

import java.util.Map;
import java.util.Optional;

/**
 * A child's review schedule: every held review measured against the due date that stood when it was held, and the
 * next review due, if any (none when the child is neither looked after nor a care leaver whose pathway plan an IRO
 * reviews).
 */
public record Schedule(Map<String, ReviewTiming> timings, Optional<NextReview> next) {

    public Schedule {
        timings = Map.copyOf(timings);
    }

    public Optional<ReviewTiming> timingOf(String reviewId) {
        return Optional.ofNullable(timings.get(reviewId));
    }
}
