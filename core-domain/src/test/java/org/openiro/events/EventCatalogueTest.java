package org.openiro.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;

/** The catalogue writes each event as events.md shows it, field for field and in order. */
class EventCatalogueTest {

    private static final AuthorityCode DEMO = AuthorityCode.of("demo");
    private static final AlertFacts FACTS = new AlertFacts(DEMO, ChildId.of("D000123"), "A1", "stage-1",
            List.of("plan-not-implemented", "other"), "tm-1", "team-manager", LocalDate.of(2024, 9, 23));

    /** An alert event as the dispute resolution process hands it over: a type, the facts, maybe a scan's key. */
    private record Step(EventType eventType, String scan) implements AlertTopicEvent {
        @Override
        public AlertFacts facts() {
            return FACTS;
        }

        @Override
        public Optional<String> scanKey() {
            return Optional.ofNullable(scan);
        }
    }

    @Test
    void an_alert_event_is_keyed_by_the_child_with_the_alert_as_it_stands() {
        EventCatalogue.Entry entry = EventCatalogue.entry(new Step(EventType.ALERT_ESCALATED, null));

        assertThat(entry.type()).isEqualTo("org.openiro.alert.escalated");
        assertThat(entry.topic()).isEqualTo("iro.alerts");
        assertThat(entry.key()).isEqualTo("demo:D000123");
        assertThat(entry.source()).isEqualTo("/authorities/demo");
        assertThat(entry.subject()).isEqualTo("children/D000123");
        assertThat(entry.uniqueKey()).isEmpty();
        Map<String, Object> raisedWith = new LinkedHashMap<>();
        raisedWith.put("id", "tm-1");
        raisedWith.put("role", "team-manager");
        assertThat(entry.data()).containsExactly(Map.entry("authority", "demo"), Map.entry("childId", "D000123"),
                Map.entry("alertId", "A1"), Map.entry("stage", "stage-1"),
                Map.entry("reasons", List.of("plan-not-implemented", "other")), Map.entry("raisedWith", raisedWith),
                Map.entry("dueBy", "2024-09-23"));
    }

    @Test
    void a_notification_is_keyed_by_its_recipient_and_links_to_the_api_path_of_what_it_is_about() {
        Step late = new Step(EventType.ALERT_RESPONSE_OVERDUE, "stage-1");
        Notification toRole = new Notification(DEMO, ChildId.of("D000123"), "role:service-manager",
                "service-manager", null, late.eventType(), Link.toAlert(DEMO, "A1"),
                EventCatalogue.notificationKey(late, "role:service-manager").orElse(null));

        EventCatalogue.Entry entry = EventCatalogue.entry(toRole);

        assertThat(entry.type()).isEqualTo("org.openiro.notification");
        assertThat(entry.topic()).isEqualTo("iro.notifications");
        assertThat(entry.key()).isEqualTo("demo:role:service-manager");
        assertThat(entry.subject()).isEqualTo("children/D000123");
        assertThat(entry.uniqueKey())
                .contains("alert.response-overdue:demo:A1:stage-1:to:role:service-manager");
        Map<String, Object> recipient = new LinkedHashMap<>();
        recipient.put("id", "role:service-manager");
        recipient.put("role", "service-manager");
        recipient.put("email", null);
        assertThat(entry.data()).containsExactly(Map.entry("authority", "demo"), Map.entry("childId", "D000123"),
                Map.entry("recipient", recipient), Map.entry("reason", "org.openiro.alert.response-overdue"),
                Map.entry("link", "/api/authorities/demo/alerts/A1"));
    }

    @Test
    void every_type_is_named_once_and_goes_to_one_of_the_topics_of_events_md() {
        assertThat(Arrays.stream(EventType.values()).map(EventType::id)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(EventType.values()).map(EventType::topic).distinct())
                .containsExactlyInAnyOrder(Topics.ALERTS, Topics.REVIEWS, Topics.NOTIFICATIONS, Topics.QUALITY);
        assertThat(EventType.of("review.due-soon")).isEqualTo(EventType.REVIEW_DUE_SOON);
    }
}
