package org.openiro.events;

import java.util.Arrays;

/**
 * Every event type the service publishes (events.md), with the topic it goes to. The domain names an event by one of
 * these; the type string and topic are written here and nowhere else.
 */
public enum EventType {
    REVIEW_SCHEDULED("review.scheduled", Topics.REVIEWS),
    REVIEW_HELD("review.held", Topics.REVIEWS),
    REVIEW_REARRANGED("review.rearranged", Topics.REVIEWS),
    REVIEW_ADJOURNED("review.adjourned", Topics.REVIEWS),
    REVIEW_DUE_SOON("review.due-soon", Topics.REVIEWS),
    REVIEW_OVERDUE("review.overdue", Topics.REVIEWS),
    REVIEW_REPORT_OVERDUE("review.report-overdue", Topics.REVIEWS),
    REVIEW_DEADLINE_MISSED("review.deadline-missed", Topics.REVIEWS),
    ALERT_RAISED("alert.raised", Topics.ALERTS),
    ALERT_RESPONDED("alert.responded", Topics.ALERTS),
    ALERT_ESCALATED("alert.escalated", Topics.ALERTS),
    ALERT_RESOLVED("alert.resolved", Topics.ALERTS),
    ALERT_WITHDRAWN("alert.withdrawn", Topics.ALERTS),
    ALERT_RESPONSE_OVERDUE("alert.response-overdue", Topics.ALERTS),
    ALERT_OVER_TIMESCALE("alert.over-timescale", Topics.ALERTS),
    QA_COMPLETED("qa.completed", Topics.QUALITY),
    AUDIT_COMPLETED("audit.completed", Topics.QUALITY),
    NOTIFICATION("notification", Topics.NOTIFICATIONS);

    private final String id;
    private final String topic;

    EventType(String id, String topic) {
        this.id = id;
        this.topic = topic;
    }

    /** The type without the prefix, such as {@code review.scheduled}. */
    public String id() {
        return id;
    }

    /** The logical topic, before any per-environment prefix. */
    public String topic() {
        return topic;
    }

    /** The CloudEvents type: the reverse domain name and the id, such as {@code org.openiro.review.scheduled}. */
    public String cloudEventsType() {
        return DomainEvent.TYPE_PREFIX + id;
    }

    /** The type whose id this is; for events still named by their string (reviews, quality). */
    public static EventType of(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event type " + id + " in the catalogue"));
    }
}
