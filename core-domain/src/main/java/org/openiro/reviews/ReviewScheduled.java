package org.openiro.reviews;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.events.DomainEvent;
import org.openiro.events.Topics;

/** A child's next review due date was set or changed (care start, review held, brought forward, placement change). */
public record ReviewScheduled(AuthorityCode authority, ChildId childId, NextReview next, LocalDate previousDueDate)
        implements DomainEvent {

    @Override
    public String type() {
        return "review.scheduled";
    }

    @Override
    public String topic() {
        return Topics.REVIEWS;
    }

    @Override
    public String keyId() {
        return childId.value();
    }

    @Override
    public String subject() {
        return "children/" + childId.value();
    }

    @Override
    public Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("authority", authority.value());
        data.put("childId", childId.value());
        data.put("dueDate", next.dueDate().toString());
        data.put("sequence", next.sequence());
        data.put("basis", next.basis().id());
        if (previousDueDate != null) {
            data.put("previousDueDate", previousDueDate.toString());
        }
        return data;
    }
}
