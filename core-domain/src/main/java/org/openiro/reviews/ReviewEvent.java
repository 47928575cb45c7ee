package org.openiro.reviews;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.events.ChildEvent;
import org.openiro.events.Topics;

/**
 * An event of the review cycle on {@code iro.reviews} (events.md): scheduled, held, rearranged, adjourned, and what
 * the daily scan finds (due soon, overdue, report overdue, a deadline missed), each of those at most once.
 */
public record ReviewEvent(String type, AuthorityCode authority, ChildId childId, NextReview next, String reviewId,
                          String bookingId, LocalDate previousDueDate, String deadline, String uniqueKeyValue)
        implements ChildEvent {

    public static ReviewEvent scheduled(AuthorityCode a, ChildId c, NextReview next, LocalDate previousDueDate) {
        return new ReviewEvent("review.scheduled", a, c, next, null, null, previousDueDate, null, null);
    }

    public static ReviewEvent held(AuthorityCode a, ChildId c, Review review) {
        ReviewTiming t = review.timing();
        NextReview measured = t == null || !t.measured() ? null : new NextReview(t.dueDate(), t.sequence(), t.basis());
        return new ReviewEvent("review.held", a, c, measured, review.id(), review.bookingId(), null, null, null);
    }

    public static ReviewEvent booked(String type, AuthorityCode a, ChildId c, NextReview next, String bookingId) {
        return new ReviewEvent(type, a, c, next, null, bookingId, null, null, null);
    }

    /** Found by the scan: keyed by the fact, so however many instances scan, it is written once. */
    public static ReviewEvent found(String type, AuthorityCode a, ChildId c, NextReview next, String reviewId,
                                    String deadline) {
        String key = type + ":" + a.value() + ":" + c.value() + ":"
                + (reviewId != null ? reviewId + ":" + deadline : next.dueDate().toString());
        return new ReviewEvent(type, a, c, next, reviewId, null, null, deadline, key);
    }

    @Override
    public String topic() {
        return Topics.REVIEWS;
    }




    @Override
    public Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("authority", authority.value());
        data.put("childId", childId.value());
        if (next != null) {
            data.put("dueDate", next.dueDate().toString());
            data.put("sequence", next.sequence());
            data.put("basis", next.basis().id());
        }
        putIfPresent(data, "reviewId", reviewId);
        putIfPresent(data, "bookingId", bookingId);
        putIfPresent(data, "previousDueDate", previousDueDate == null ? null : previousDueDate.toString());
        putIfPresent(data, "deadline", deadline);
        return data;
    }

    private static void putIfPresent(Map<String, Object> data, String key, Object value) {
        if (value != null) {
            data.put(key, value);
        }
    }
}
