package org.openiro.reviews;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.events.EventType;
import org.openiro.events.ReviewTopicEvent;

/**
 * An event of the review cycle on {@code iro.reviews} (events.md): scheduled, held, rearranged, adjourned, and what
 * the daily scan finds (due soon, overdue, report overdue, a deadline missed), each of those at most once. What it
 * looks like on the wire is the event catalogue's business.
 *
 * @param next the due date the event tells, with its sequence and basis; null for none
 * @param scanFinding whether the scan found it, so that it is written once however often found
 */
public record ReviewEvent(EventType eventType, AuthorityCode authority, ChildId childId, NextReview next,
                          String reviewId, String bookingId, LocalDate previousDueDate, String deadline,
                          boolean scanFinding) implements ReviewTopicEvent {

    public static ReviewEvent scheduled(AuthorityCode a, ChildId c, NextReview next, LocalDate previousDueDate) {
        return new ReviewEvent(EventType.REVIEW_SCHEDULED, a, c, next, null, null, previousDueDate, null, false);
    }

    public static ReviewEvent held(AuthorityCode a, ChildId c, Review review) {
        ReviewTiming t = review.timing();
        NextReview measured = t == null || !t.measured() ? null : new NextReview(t.dueDate(), t.sequence(), t.basis());
        return new ReviewEvent(EventType.REVIEW_HELD, a, c, measured, review.id(), review.bookingId(), null, null,
                false);
    }

    /** @param type {@code review.rearranged} or {@code review.adjourned} */
    public static ReviewEvent booked(String type, AuthorityCode a, ChildId c, NextReview next, String bookingId) {
        return new ReviewEvent(EventType.of(type), a, c, next, null, bookingId, null, null, false);
    }

    /** Found by the scan: keyed by the fact, so however many instances scan, it is written once. */
    public static ReviewEvent found(String type, AuthorityCode a, ChildId c, NextReview next, String reviewId,
                                    String deadline) {
        return new ReviewEvent(EventType.of(type), a, c, next, reviewId, null, null, deadline, true);
    }

    @Override
    public LocalDate dueDate() {
        return next == null ? null : next.dueDate();
    }

    @Override
    public Integer sequence() {
        return next == null ? null : next.sequence();
    }

    @Override
    public String basis() {
        return next == null ? null : next.basis().id();
    }
}
