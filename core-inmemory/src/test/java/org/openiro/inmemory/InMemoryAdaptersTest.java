package org.openiro.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.Policy;
import org.openiro.authority.PolicyHistory;
import org.openiro.calendar.BankHolidayCalendar;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.Ethnicity;
import org.openiro.children.Gender;
import org.openiro.children.LegalStatus;
import org.openiro.children.Placement;
import org.openiro.children.PlacementType;
import org.openiro.events.DomainEvent;
import org.openiro.events.OutboxEvent;
import org.openiro.quality.Answers;
import org.openiro.quality.QaForm;
import org.openiro.reviews.BringForwardReason;
import org.openiro.reviews.Direction;
import org.openiro.reviews.Meetings;
import org.openiro.reviews.Review;
import org.openiro.reviews.ReviewKind;
import org.openiro.reviews.ReviewSchedule;
import org.openiro.reviews.Schedule;
import org.openiro.reviews.port.out.ReviewRepository;
import org.openiro.shared.Page;
import org.openiro.shared.StaleVersion;

/** What the ports promise, held to the in-memory adapters: versions, ordering, uniqueness, all or nothing. */
class InMemoryAdaptersTest {

    private static final AuthorityCode A = AuthorityCode.of("a");
    private static final AuthorityCode B = AuthorityCode.of("b");
    private static final LocalDate TODAY = LocalDate.of(2025, 4, 7);

    private final InMemoryAdapters adapters = new InMemoryAdapters();

    private static Child child(AuthorityCode authority, String id) {
        return Child.register(authority, ChildId.of(id), new Child.Demographics("A Child", LocalDate.of(2015, 1, 1),
                Gender.MALE, Ethnicity.WBRI, false, false), TODAY);
    }

    private static Review review(String id) {
        return new Review(id, A, ChildId.of("c1"), ReviewKind.CLA, Meetings.on(LocalDate.of(2025, 3, 3)), true,
                null, null, null, null, List.of(), null, null, 0);
    }

    @Test
    void a_unit_of_work_that_fails_leaves_nothing_behind() {
        adapters.unitOfWork.run(() -> adapters.children.save(child(A, "c1")));
        assertThatThrownBy(() -> adapters.unitOfWork.run(() -> {
            adapters.children.save(child(A, "c2"));
            adapters.reviews.insert(review("r1"));
            adapters.unitOfWork.run(() -> adapters.children.save(child(A, "c3")));
            throw new IllegalStateException("the use case fails after saving");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(adapters.children.idsOf(A)).containsExactly(ChildId.of("c1"));
        assertThat(adapters.reviews.ofChild(A, ChildId.of("c1"))).isEmpty();
    }

    @Test
    void children_are_listed_by_id_within_their_authority() {
        adapters.children.save(child(A, "c2"));
        adapters.children.save(child(B, "c1"));
        assertThat(adapters.children.save(child(A, "c1"))).isTrue();
        assertThat(adapters.children.save(child(A, "c1"))).isFalse();
        assertThat(adapters.children.idsOf(A)).containsExactly(ChildId.of("c1"), ChildId.of("c2"));
        assertThat(adapters.children.find(B, ChildId.of("c2"))).isEmpty();
    }

    @Test
    void reviews_read_as_numbers_give_the_schedule_the_reviews_give() {
        Child child = child(A, "c1").startPeriodOfCare(LocalDate.of(2024, 1, 8), LegalStatus.C2,
                new Placement(LocalDate.of(2024, 1, 8), new PlacementType("U1"), false, true), TODAY);
        ChildId id = child.id();
        adapters.reviews.insert(new Review("r2", A, id, ReviewKind.CLA, Meetings.on(LocalDate.of(2024, 3, 28),
                LocalDate.of(2024, 4, 30)), true, null, null, null, null, List.of(), null, null, 0));
        adapters.reviews.insert(new Review("r1", A, id, ReviewKind.CLA, Meetings.on(LocalDate.of(2024, 2, 1)), true,
                null, null, null, null, List.of(), null, null, 0));
        adapters.reviews.insert(new Review("r3", A, id, ReviewKind.CLA, Meetings.on(LocalDate.of(2024, 9, 2)), false,
                null, null, null, null, List.of(), null, null, 0));
        adapters.reviews.addDirection(A, id, new Direction(LocalDate.of(2024, 8, 1), BringForwardReason.IRO_DIRECTION,
                LocalDate.of(2024, 7, 1)));
        ReviewSchedule schedule = new ReviewSchedule(BankHolidayCalendar.englandAndWales());
        PolicyHistory policies = PolicyHistory.of(Policy.statutory());

        ReviewRepository.Held held = adapters.reviews.heldOf(A, id);

        assertThat(held.reviews().asHeld()).containsExactlyInAnyOrderElementsOf(adapters.reviews.ofChild(A, id)
                .stream().map(Review::asHeld).toList());
        assertThat(held.directions()).isEqualTo(adapters.reviews.directions(A, id));
        Schedule fromRows = schedule.compute(policies, child, held.reviews(), held.directions());
        Schedule fromReviews = schedule.compute(policies, child, adapters.reviews.ofChild(A, id).stream()
                .map(Review::asHeld).toList(), held.directions());
        assertThat(fromRows.timings()).hasSize(2).isEqualTo(fromReviews.timings());
        assertThat(fromRows.next()).isPresent().isEqualTo(fromReviews.next());
        assertThat(held.reviews().hasCare()).as("the child is not stored: no care read").isFalse();
    }

    @Test
    void the_care_read_with_the_reviews_gives_the_schedule_the_child_gives_and_follows_a_history_change() {
        Child child = child(A, "c1").startPeriodOfCare(LocalDate.of(2024, 1, 8), LegalStatus.C2,
                new Placement(LocalDate.of(2024, 1, 8), new PlacementType("U1"), false, true), TODAY);
        adapters.children.save(child);
        ChildId id = child.id();
        adapters.reviews.insert(new Review("r1", A, id, ReviewKind.CLA, Meetings.on(LocalDate.of(2024, 2, 1)), true,
                null, null, null, null, List.of(), null, null, 0));
        adapters.reviews.insert(new Review("r2", A, id, ReviewKind.CLA, Meetings.on(LocalDate.of(2024, 7, 25)), true,
                null, null, null, null, List.of(), null, null, 0));
        ReviewSchedule schedule = new ReviewSchedule(BankHolidayCalendar.englandAndWales());
        PolicyHistory policies = PolicyHistory.of(Policy.statutory());

        ReviewRepository.Held held = adapters.reviews.heldWithCareOf(A, id);

        assertThat(held.reviews().hasCare()).isTrue();
        assertThat(adapters.reviews.heldOf(A, id).reviews().hasCare()).as("a caller holding the child: not read again")
                .isFalse();
        Schedule fromCare = schedule.compute(policies, held.reviews(), held.directions());
        Schedule fromChild = schedule.compute(policies, child, held.reviews().asHeld(), held.directions());
        assertThat(fromCare.timings()).hasSize(2).isEqualTo(fromChild.timings());
        assertThat(fromCare.next()).isPresent().isEqualTo(fromChild.next());
        assertThat(adapters.reviews.heldWithCareOf(B, id).reviews().hasCare()).as("another authority's").isFalse();

        // Placed for adoption: the next review is due within 28 days of the placement, read with the reviews.
        Child placed = child.recordPlacement(new Placement(LocalDate.of(2024, 9, 2), new PlacementType("A4"), false,
                true), TODAY);
        adapters.children.save(placed);
        ReviewRepository.Held after = adapters.reviews.heldWithCareOf(A, id);
        Schedule moved = schedule.compute(policies, after.reviews(), after.directions());
        assertThat(moved.next()).isEqualTo(schedule.compute(policies, placed, after.reviews().asHeld(),
                after.directions()).next());
        assertThat(moved.next().orElseThrow().dueDate()).isEqualTo(LocalDate.of(2024, 9, 30));
    }

    @Test
    void a_review_changed_meanwhile_is_refused() {
        Review stored = adapters.reviews.insert(review("r1"));
        assertThat(stored.version()).isZero();
        Review changed = adapters.reviews.update(stored);
        assertThat(changed.version()).isEqualTo(1);

        assertThatThrownBy(() -> adapters.reviews.update(stored)).isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> adapters.reviews.delete(stored)).isInstanceOf(StaleVersion.class);
        adapters.reviews.delete(changed);
        assertThat(adapters.reviews.find(A, ChildId.of("c1"), "r1")).isEmpty();
    }

    @Test
    void a_deleted_review_takes_its_qa_form_with_it() {
        Review stored = adapters.reviews.insert(review("r1"));
        adapters.qaForms.insert(new QaForm("r1", A, ChildId.of("c1"), 1, new Answers(Map.of()), null, TODAY, "iro-1",
                null, null, 0));
        QaForm amended = adapters.qaForms.update(adapters.qaForms.find(A, ChildId.of("c1"), "r1").orElseThrow());
        assertThat(amended.version()).isEqualTo(1);
        assertThatThrownBy(() -> adapters.qaForms.update(new QaForm("r1", A, ChildId.of("c1"), 1,
                new Answers(Map.of()), "late", TODAY, "iro-1", null, null, 0))).isInstanceOf(StaleVersion.class);

        adapters.reviews.delete(stored);
        assertThat(adapters.qaForms.find(A, ChildId.of("c1"), "r1")).isEmpty();
    }

    private record Event(String keyId, String unique) implements DomainEvent {
        public String type() {
            return "test.happened";
        }

        public String topic() {
            return "iro.test";
        }

        public AuthorityCode authority() {
            return A;
        }

        public String subject() {
            return "children/" + keyId;
        }

        public Map<String, Object> data() {
            return Map.of("childId", keyId, "on", LocalDate.of(2025, 1, 2), "note", "a \"quoted\" line");
        }

        public Optional<String> uniqueKey() {
            return Optional.ofNullable(unique);
        }
    }

    @Test
    void the_outbox_keeps_events_in_order_and_each_unique_key_once() {
        Instant at = Instant.parse("2025-04-07T09:00:00Z");
        adapters.outbox.append(List.of(new Event("c1", null), new Event("c2", "once")), at);
        adapters.outbox.append(List.of(new Event("c3", "once"), new Event("c4", null)), at);

        List<OutboxEvent> events = adapters.outbox.events();
        assertThat(events).extracting(OutboxEvent::subject).containsExactly("children/c1", "children/c2",
                "children/c4");
        assertThat(events).extracting(OutboxEvent::sequence).containsExactly(1L, 2L, 3L);
        assertThat(events.get(0).type()).isEqualTo("org.openiro.test.happened");
        assertThat(events.get(0).key()).isEqualTo("a:c1");
        assertThat(events.get(0).data()).contains("\"on\":\"2025-01-02\"").contains("\"a \\\"quoted\\\" line\"");

        List<OutboxEvent> claimed = adapters.outboxStore.claimUnpublished(2);
        assertThat(claimed).extracting(OutboxEvent::sequence).containsExactly(1L, 2L);
        assertThat(adapters.outboxStore.markPublished(List.of(1L, 2L), at)).isEqualTo(2);
        assertThat(adapters.outboxBacklog.backlog().waiting()).isEqualTo(1);
        assertThat(adapters.outboxStore.listAfter(A, 1, new Page.Request(0, 10)).items())
                .extracting(OutboxEvent::sequence).containsExactly(2L, 3L);
        assertThat(adapters.outboxStore.listAfter(B, 0, new Page.Request(0, 10)).totalItems()).isZero();
    }

    @Test
    void one_relay_holds_the_lease_until_it_expires_or_is_given_up() {
        Instant now = Instant.parse("2025-04-07T09:00:00Z");
        assertThat(adapters.relayLease.tryHold("one", now, java.time.Duration.ofSeconds(10))).isTrue();
        assertThat(adapters.relayLease.tryHold("two", now.plusSeconds(5), java.time.Duration.ofSeconds(10)))
                .isFalse();
        assertThat(adapters.relayLease.tryHold("two", now.plusSeconds(11), java.time.Duration.ofSeconds(10)))
                .isTrue();
        adapters.relayLease.release("two");
        assertThat(adapters.relayLease.tryHold("one", now.plusSeconds(12), java.time.Duration.ofSeconds(10)))
                .isTrue();
    }

    @Test
    void a_qa_template_version_is_stored_once() {
        var template = org.openiro.quality.QaTemplate.DEFAULT;
        assertThat(adapters.qaTemplates.insert(A, template, TODAY)).isTrue();
        assertThat(adapters.qaTemplates.insert(A, template, TODAY)).isFalse();
        assertThat(adapters.qaTemplates.latest(A)).contains(template);
        assertThat(adapters.qaTemplates.latest(B)).isEmpty();
    }

    @Test
    void pages_carry_the_total() {
        for (int i = 0; i < 5; i++) {
            adapters.auditLog.append(new org.openiro.audit.AuditEntry(0, Instant.EPOCH.plusSeconds(i), A, "u",
                    "create", "child", "c" + i, "POST", "/", "req"));
        }
        Page<org.openiro.audit.AuditEntry> page = adapters.auditLog.search(A,
                new org.openiro.audit.AuditQuery(null, null, null, null), new Page.Request(1, 2));
        assertThat(page.totalItems()).isEqualTo(5);
        assertThat(page.items()).extracting(org.openiro.audit.AuditEntry::resourceId).containsExactly("c2", "c1");
    }

    @Test
    void an_answer_is_given_again_until_it_is_forgotten() {
        Instant at = Instant.parse("2025-04-07T09:00:00Z");
        var answer = new org.openiro.access.port.out.IdempotencyKeys.Answer(201, "/x", "\"0\"", "{}");
        assertThat(adapters.idempotencyKeys.claim(A, "u", "k", at.minusSeconds(60)))
                .isInstanceOf(org.openiro.access.port.out.IdempotencyKeys.Fresh.class);
        adapters.idempotencyKeys.remember(A, "u", "k", "f", answer, at);
        assertThat(adapters.idempotencyKeys.claim(A, "u", "k", at.minusSeconds(60)))
                .isEqualTo(new org.openiro.access.port.out.IdempotencyKeys.Answered("f", answer));
        assertThat(adapters.idempotencyKeys.claim(B, "u", "k", at.minusSeconds(60)))
                .isInstanceOf(org.openiro.access.port.out.IdempotencyKeys.Fresh.class);
        assertThat(adapters.idempotencyKeys.forgetBefore(at.plusSeconds(1))).isEqualTo(1);
        assertThat(adapters.idempotencyKeys.claim(A, "u", "k", at.minusSeconds(60)))
                .isInstanceOf(org.openiro.access.port.out.IdempotencyKeys.Fresh.class);
    }

    private static org.openiro.escalation.Alert alert(String id, String child, LocalDate on, String with) {
        return org.openiro.escalation.Alert.raise(id, A, ChildId.of(child), on, List.of("report-late"), "informal",
                new org.openiro.escalation.Person(with, null, "social-worker", null), "Late", null, null, null,
                org.openiro.authority.Policy.statutory(), org.openiro.calendar.BankHolidayCalendar.englandAndWales(),
                TODAY).alert();
    }

    @Test
    void a_social_workers_children_and_alerts_are_theirs_alone_and_the_overdue_come_first() {
        adapters.children.save(child(A, "c1").withSocialWorker(
                new org.openiro.children.SocialWorker("sw-1", "Sam", "sam@example.org", null, null)));
        adapters.children.save(child(A, "c2").withSocialWorker(
                new org.openiro.children.SocialWorker("sw-2", "Pat", "pat@example.org", null, null)));
        adapters.alerts.insert(alert("recent", "c1", TODAY, "sw-1"));
        adapters.alerts.insert(alert("late", "c1", TODAY.minusDays(30), "sw-1"));
        adapters.alerts.insert(alert("pats", "c2", TODAY, "sw-2"));
        adapters.alerts.insert(alert("handed-over", "c2", TODAY, "sw-1"));

        assertThat(adapters.childDirectory.ofSocialWorker(A, "sw-1", new Page.Request(0, 10)).items())
                .extracting(c -> c.id().value()).containsExactly("c1");
        assertThat(adapters.alerts.awaitingResponseFrom(A, "sw-1")).extracting(org.openiro.escalation.Alert::id)
                .containsExactly("late", "recent");
        assertThat(adapters.alerts.listOverdueFirst(A, new org.openiro.escalation.AlertFilter(null, null, null),
                TODAY, false, new Page.Request(0, 10)).items().get(0).id()).isEqualTo("late");
        assertThat(adapters.alerts.listOverdueFirst(A, new org.openiro.escalation.AlertFilter(null, null, null),
                TODAY, true, new Page.Request(0, 10)).totalItems()).isEqualTo(1);
    }

    private static Child named(String id, String name) {
        return Child.register(A, ChildId.of(id), new Child.Demographics(name, LocalDate.of(2015, 1, 1),
                Gender.MALE, Ethnicity.WBRI, false, false), TODAY);
    }

    @Test
    void the_children_list_names_each_child_and_finds_them_by_part_of_a_name_in_any_case() {
        adapters.children.save(named("c1", "Amy Example"));
        adapters.children.save(named("c2", "Zoë O'Brien"));
        adapters.children.save(named("c3", null));
        adapters.children.save(Child.register(B, ChildId.of("c4"), new Child.Demographics("Amy Other",
                LocalDate.of(2015, 1, 1), Gender.MALE, Ethnicity.WBRI, false, false), TODAY));
        Page.Request first = new Page.Request(0, 10);

        assertThat(adapters.childDirectory.list(A, null, null, false, null, null, first).items())
                .extracting(c -> c.id().value() + " " + c.name())
                .containsExactly("c1 Amy Example", "c2 Zoë O'Brien", "c3 null");
        assertThat(adapters.childDirectory.list(A, null, null, false, null, "aMY", first).items())
                .extracting(c -> c.id().value()).containsExactly("c1");
        assertThat(adapters.childDirectory.list(A, null, null, false, null, "ZOË O'", first).items())
                .extracting(c -> c.id().value()).containsExactly("c2");
        assertThat(adapters.childDirectory.list(A, null, null, false, null, "c3", first).totalItems()).isZero();
        assertThat(adapters.childDirectory.exists(A, ChildId.of("c3"))).isTrue();
        assertThat(adapters.childDirectory.exists(A, ChildId.of("c4"))).isFalse();
    }
}
