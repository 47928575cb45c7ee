package org.openiro.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;

/** The review cycle's and quality's events, as the catalogue writes them: only what each tells, in events.md's order. */
class ReviewAndQualityEntriesTest {

    private static final AuthorityCode DEMO = AuthorityCode.of("demo");
    private static final ChildId CHILD = ChildId.of("D000123");

    private record Review(EventType eventType, LocalDate dueDate, Integer sequence, String basis, String reviewId,
                          String bookingId, LocalDate previousDueDate, String deadline, boolean scanFinding)
            implements ReviewTopicEvent {
        @Override
        public AuthorityCode authority() {
            return DEMO;
        }

        @Override
        public ChildId childId() {
            return CHILD;
        }
    }

    private record Quality(EventType eventType, String reviewId, Integer templateVersion, String auditId,
                           String auditKind, String auditor, LocalDate completedOn, Map<String, Object> answers,
                           List<Check> checks) implements QualityTopicEvent {
        @Override
        public AuthorityCode authority() {
            return DEMO;
        }

        @Override
        public ChildId childId() {
            return CHILD;
        }
    }

    @Test
    void a_pathway_plan_review_due_tells_its_null_sequence_and_leaves_out_what_it_does_not_tell() {
        EventCatalogue.Entry entry = EventCatalogue.entry(new Review(EventType.REVIEW_SCHEDULED,
                LocalDate.of(2024, 2, 1), null, "pathway-plan", null, null, LocalDate.of(2024, 1, 20), null, false));

        assertThat(entry.type()).isEqualTo("org.openiro.review.scheduled");
        assertThat(entry.topic()).isEqualTo("iro.reviews");
        assertThat(entry.uniqueKey()).isEmpty();
        assertThat(entry.data()).containsExactly(Map.entry("authority", "demo"), Map.entry("childId", "D000123"),
                Map.entry("dueDate", "2024-02-01"), new java.util.AbstractMap.SimpleEntry<>("sequence", null),
                Map.entry("basis", "pathway-plan"), Map.entry("previousDueDate", "2024-01-20"));
    }

    @Test
    void a_scans_finding_is_keyed_by_the_review_and_deadline_or_else_by_the_due_date() {
        Review missed = new Review(EventType.REVIEW_DEADLINE_MISSED, null, null, null, "R1", null, null, "record",
                true);
        Review overdue = new Review(EventType.REVIEW_OVERDUE, LocalDate.of(2024, 2, 1), 2, "six-monthly", null,
                null, null, null, true);

        assertThat(EventCatalogue.entry(missed).uniqueKey()).contains("review.deadline-missed:demo:D000123:R1:record");
        assertThat(EventCatalogue.entry(missed).data()).containsExactly(Map.entry("authority", "demo"),
                Map.entry("childId", "D000123"), Map.entry("reviewId", "R1"), Map.entry("deadline", "record"));
        assertThat(EventCatalogue.entry(overdue).uniqueKey()).contains("review.overdue:demo:D000123:2024-02-01");
    }

    @Test
    void a_footprint_audit_tells_its_checks_in_order_and_a_qa_form_its_review_and_version() {
        Quality audit = new Quality(EventType.AUDIT_COMPLETED, null, null, "AU1", "footprint", "iro-1",
                LocalDate.of(2024, 5, 1), Map.of("q1", 3), List.of(new QualityTopicEvent.Check("midway-review", "met"),
                new QualityTopicEvent.Check("iro-visit", "not-met")));
        Quality qa = new Quality(EventType.QA_COMPLETED, "R1", 2, null, null, null, LocalDate.of(2024, 5, 2),
                Map.of("q1", 4), List.of());

        assertThat(EventCatalogue.entry(audit).data()).containsExactly(Map.entry("authority", "demo"),
                Map.entry("childId", "D000123"), Map.entry("auditId", "AU1"), Map.entry("kind", "footprint"),
                Map.entry("auditor", "iro-1"), Map.entry("completedOn", "2024-05-01"),
                Map.entry("answers", Map.of("q1", 3)),
                Map.entry("checks", Map.of("midway-review", "met", "iro-visit", "not-met")));
        assertThat(((Map<?, ?>) EventCatalogue.entry(audit).data().get("checks")).keySet().stream()
                .map(Object::toString).toList()).as("in the checks' order").containsExactly("midway-review",
                "iro-visit");
        assertThat(EventCatalogue.entry(qa).topic()).isEqualTo("iro.quality");
        assertThat(EventCatalogue.entry(qa).data()).containsExactly(Map.entry("authority", "demo"),
                Map.entry("childId", "D000123"), Map.entry("reviewId", "R1"), Map.entry("templateVersion", 2),
                Map.entry("completedOn", "2024-05-02"), Map.entry("answers", Map.of("q1", 4)));
    }
}
