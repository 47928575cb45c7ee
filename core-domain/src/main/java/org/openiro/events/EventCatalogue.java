package org.openiro.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that says what each event looks like on the wire (events.md): its topic, CloudEvents type, key,
 * source, subject and data. The outbox writers read it when they store an event, and what they store is what the
 * {@code /events} API and the Kafka relay hand on, so none of those adapters needs another to know an event's shape.
 *
 * <p>Each feature's events say only which type they are and what they tell, through the interface here that is
 * theirs ({@link AlertTopicEvent}, {@link ReviewTopicEvent}, {@link QualityTopicEvent}, and {@link Notification});
 * the catalogue makes the event of it. The features depend on this package, never it on them, so the interfaces
 * rather than the features' own types are what it reads. An event of some other kind (a test's) is taken as it
 * describes itself.
 */
public final class EventCatalogue {

    /**
     * An event as it is stored and published.
     *
     * @param type the CloudEvents type, such as {@code org.openiro.review.scheduled}
     * @param key  {@code authority:id}, the Kafka key that keeps one child's (or one person's) events in order
     * @param data the CloudEvents data, in the order its JSON is written
     */
    public record Entry(String type, String topic, String key, String source, String subject,
                        Map<String, Object> data, Optional<String> uniqueKey) {
    }

    private EventCatalogue() {
    }

    /** The event as it is stored and published. */
    public static Entry entry(DomainEvent event) {
        return new Entry(event.fullType(), event.topic(), event.key(), event.source(), event.subject(),
                event.data(), event.uniqueKey());
    }

    /** Every {@code alert.*} event carries the same data: the alert as it stands after the step. */
    static Map<String, Object> data(AlertTopicEvent event) {
        AlertFacts alert = event.facts();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("authority", alert.authority().value());
        data.put("childId", alert.childId().value());
        data.put("alertId", alert.alertId());
        data.put("stage", alert.stage());
        data.put("reasons", alert.reasons());
        Map<String, Object> raisedWith = new LinkedHashMap<>();
        raisedWith.put("id", alert.raisedWithId());
        raisedWith.put("role", alert.raisedWithRole());
        data.put("raisedWith", raisedWith);
        data.put("dueBy", alert.dueBy().toString());
        return data;
    }

    /** A scan's finding is written once an alert (and a stage, for a late response), however often it is found. */
    static Optional<String> uniqueKey(AlertTopicEvent event) {
        AlertFacts alert = event.facts();
        return event.scanKey().map(key -> event.eventType().id() + ":" + alert.authority().value() + ":"
                + alert.alertId() + ":" + key);
    }

    /** Only what the event tells: a due date with its sequence (null for a pathway plan) and basis, then the ids. */
    static Map<String, Object> data(ReviewTopicEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("authority", event.authority().value());
        data.put("childId", event.childId().value());
        if (event.dueDate() != null) {
            data.put("dueDate", event.dueDate().toString());
            data.put("sequence", event.sequence());
            data.put("basis", event.basis());
        }
        putIfPresent(data, "reviewId", event.reviewId());
        putIfPresent(data, "bookingId", event.bookingId());
        putIfPresent(data, "previousDueDate", event.previousDueDate() == null ? null
                : event.previousDueDate().toString());
        putIfPresent(data, "deadline", event.deadline());
        return data;
    }

    /** A scan's finding is keyed by the fact: the review and deadline, or else the due date. */
    static Optional<String> uniqueKey(ReviewTopicEvent event) {
        if (!event.scanFinding()) {
            return Optional.empty();
        }
        return Optional.of(event.eventType().id() + ":" + event.authority().value() + ":" + event.childId().value()
                + ":" + (event.reviewId() != null ? event.reviewId() + ":" + event.deadline()
                : event.dueDate().toString()));
    }

    /** A footprint audit's checks only when it has any: a dip sample has none to tell. */
    static Map<String, Object> data(QualityTopicEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("authority", event.authority().value());
        data.put("childId", event.childId().value());
        if (event.eventType() == EventType.QA_COMPLETED) {
            data.put("reviewId", event.reviewId());
            data.put("templateVersion", event.templateVersion());
        } else {
            data.put("auditId", event.auditId());
            data.put("kind", event.auditKind());
            data.put("auditor", event.auditor());
        }
        data.put("completedOn", event.completedOn().toString());
        data.put("answers", event.answers());
        if (event.eventType() == EventType.AUDIT_COMPLETED && !event.checks().isEmpty()) {
            Map<String, Object> checks = new LinkedHashMap<>();
            event.checks().forEach(check -> checks.put(check.check(), check.result()));
            data.put("checks", checks);
        }
        return data;
    }

    private static void putIfPresent(Map<String, Object> data, String key, Object value) {
        if (value != null) {
            data.put(key, value);
        }
    }

    /** The email is written even when there is none (null), so every notification has the same fields. */
    static Map<String, Object> data(Notification notification) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("authority", notification.authority().value());
        data.put("childId", notification.childId().value());
        Map<String, Object> to = new LinkedHashMap<>();
        to.put("id", notification.recipientId());
        to.put("role", notification.recipientRole());
        to.put("email", notification.email());
        data.put("recipient", to);
        data.put("reason", notification.reason().cloudEventsType());
        data.put("link", path(notification.link()));
        return data;
    }

    /** The API path events.md promises for a link: the API checks the reader's rights when it is followed. */
    static String path(Link link) {
        return switch (link.kind()) {
            case ALERT -> "/api/authorities/" + link.authority().value() + "/alerts/" + link.id();
        };
    }

    /** A notification for each person told about an alert event, once each if the event is a scan's finding. */
    public static Optional<String> notificationKey(DomainEvent cause, String recipientId) {
        return cause.uniqueKey().map(key -> key + ":to:" + recipientId);
    }
}
