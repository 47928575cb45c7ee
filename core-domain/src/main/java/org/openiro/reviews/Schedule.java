package org.openiro.reviews;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A child's review schedule: every held review measured against the due date that stood when it was held, and the
 * next review due, if any (none when the child is neither looked after nor a care leaver whose pathway plan an IRO
 * reviews). A child has tens of reviews at most, so they are kept as a list, searched in order.
 */
public final class Schedule {

    private final List<ReviewTiming> measured;
    private final Optional<NextReview> next;

    public Schedule(List<ReviewTiming> measured, Optional<NextReview> next) {
        this.measured = java.util.Collections.unmodifiableList(measured);
        this.next = next;
    }

    public Optional<NextReview> next() {
        return next;
    }

    public Optional<ReviewTiming> timingOf(String reviewId) {
        for (ReviewTiming timing : measured) {
            if (timing.reviewId().equals(reviewId)) {
                return Optional.of(timing);
            }
        }
        return Optional.empty();
    }

    /** Every held review's timing, by review id. */
    public Map<String, ReviewTiming> timings() {
        Map<String, ReviewTiming> byId = new LinkedHashMap<>();
        measured.forEach(t -> byId.put(t.reviewId(), t));
        return byId;
    }
}
