package org.openiro.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Quality assurance on {@code iro.quality}, keyed by the child, as the {@link EventCatalogue} publishes it: a QA form
 * completed after a review ({@code qa.completed}), an auditor's findings on one child ({@code audit.completed}).
 * Quality's {@code QualityEvent} implements it; each fact is null when the event does not tell it.
 */
public interface QualityTopicEvent extends ChildEvent {

    EventType eventType();

    /** The review the QA form is about. */
    String reviewId();

    /** The version of the form answered. */
    Integer templateVersion();

    String auditId();

    /** The audit's kind: {@code dip-sample}, {@code footprint}. */
    String auditKind();

    /** The IRO who audited the child. */
    String auditor();

    LocalDate completedOn();

    /** By question, ratings as numbers (as the API gives them back). */
    Map<String, Object> answers();

    /** A footprint audit's checks, in order, each {@code met}, {@code not-met}, ...; empty for none. */
    List<Check> checks();

    /** One footprint check ({@code midway-review}, ...) and how it came out. */
    record Check(String check, String result) {
    }

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
        return null;
    }

    @Override
    default Map<String, Object> data() {
        return EventCatalogue.data(this);
    }
}
