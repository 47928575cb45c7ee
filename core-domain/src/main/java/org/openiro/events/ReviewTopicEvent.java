package org.openiro.events;

import java.time.LocalDate;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;

/**
 * An event of the review cycle on {@code iro.reviews}, keyed by the child, as the {@link EventCatalogue} publishes
 * it. The review cycle's {@code ReviewEvent} implements it; each fact is null when the event does not tell it.
 */
public interface ReviewTopicEvent extends ChildEvent {

    EventType eventType();

    /** The due date the event tells (the child's next, or the one a review was measured against); null for none. */
    LocalDate dueDate();

    /** 1, 2, 3; null for a pathway plan review, and when no due date is told. */
    Integer sequence();

    /** The basis of the due date, such as {@code first-review}; null when no due date is told. */
    String basis();

    String reviewId();

    String bookingId();

    /** The due date before it moved, for {@code review.scheduled}. */
    LocalDate previousDueDate();

    /** Which deadline was missed or is late ({@code social-work-report}, {@code record}, ...). */
    String deadline();

    /** Whether the scan found it, so that it is written once however often found. */
    boolean scanFinding();

    @Override
    default String type() {
        return eventType().id();
    }

    @Override
    default String topic() {
        return eventType().topic();
    }

    @Override
    default String uniqueKeyValue() {
        return EventCatalogue.uniqueKey(this).orElse(null);
    }

    @Override
    default Map<String, Object> data() {
        return EventCatalogue.data(this);
    }
}
