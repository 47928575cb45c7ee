package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.events.DomainEvent;
import org.openiro.events.OutboxEvent;
import org.openiro.events.port.out.EventOutbox;
import org.openiro.events.port.out.OutboxStore;
import org.openiro.reviews.NextReview;
import org.openiro.reviews.ReviewBasis;
import org.openiro.reviews.ReviewEvent;
import org.openiro.shared.Page;
import org.openiro.shared.UnitOfWork;
import org.openiro.app.support.TestAuthorities;

/** The outbox on PostgreSQL: claims never overlap, a scan's event is written once, marks touch only their rows. */
@MicronautTest(environments = "pg", transactional = false)
class OutboxStoreTest {

    @Inject
    EventOutbox outbox;
    @Inject
    OutboxStore store;
    @Inject
    UnitOfWork unitOfWork;

    private final AuthorityCode authority = AuthorityCode.of(TestAuthorities.fresh("outbox"));

    private ReviewEvent scheduled(String child) {
        return ReviewEvent.scheduled(authority, ChildId.of(child), new NextReview(LocalDate.of(2024, 2, 1), 1,
                ReviewBasis.CARE_START), null);
    }

    @Test
    void two_transactions_claiming_at_once_never_get_the_same_event() throws Exception {
        List<ReviewEvent> events = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            events.add(scheduled("C" + i));
        }
        unitOfWork.run(() -> outbox.append(events, Instant.now()));
        CountDownLatch bothClaimed = new CountDownLatch(2);

        CompletableFuture<List<Long>> first = CompletableFuture.supplyAsync(() -> claimAndHold(bothClaimed));
        CompletableFuture<List<Long>> second = CompletableFuture.supplyAsync(() -> claimAndHold(bothClaimed));

        List<Long> a = first.get(30, TimeUnit.SECONDS);
        List<Long> b = second.get(30, TimeUnit.SECONDS);
        assertThat(a).isNotEmpty();
        assertThat(b).isNotEmpty();
        assertThat(a).doesNotContainAnyElementsOf(b);
    }

    private List<Long> claimAndHold(CountDownLatch bothClaimed) {
        return unitOfWork.inTransaction(() -> {
            List<Long> claimed = store.claimUnpublished(5).stream().map(OutboxEvent::sequence).toList();
            bothClaimed.countDown();
            try {
                bothClaimed.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return claimed;
        });
    }

    @Test
    void an_event_with_a_unique_key_is_written_once_however_often_it_is_appended() {
        DomainEvent keyed = ReviewEvent.found("review.due-soon", authority, ChildId.of("C1"),
                new NextReview(LocalDate.of(2024, 2, 1), 1, ReviewBasis.CARE_START), null, null);

        unitOfWork.run(() -> outbox.append(List.of(keyed), Instant.now()));
        unitOfWork.run(() -> outbox.append(List.of(keyed), Instant.now()));

        Page<OutboxEvent> stored = unitOfWork.inTransaction(() -> store.listAfter(authority, 0, new Page.Request(0, 50)));
        assertThat(stored.totalItems()).isEqualTo(1);
        assertThat(scheduled("C1").uniqueKey()).as("an event a request caused has no unique key").isEmpty();
    }

    @Test
    void marking_a_batch_published_changes_exactly_those_events() {
        unitOfWork.run(() -> outbox.append(List.of(scheduled("C1"), scheduled("C2"), scheduled("C3")), Instant.now()));
        List<OutboxEvent> mine = unitOfWork.inTransaction(
                () -> store.listAfter(authority, 0, new Page.Request(0, 50)).items());

        int changed = unitOfWork.inTransaction(
                () -> store.markPublished(List.of(mine.get(0).sequence(), mine.get(2).sequence()), Instant.now()));

        assertThat(changed).isEqualTo(2);
        List<OutboxEvent> after = unitOfWork.inTransaction(
                () -> store.listAfter(authority, 0, new Page.Request(0, 50)).items());
        assertThat(after).extracting(e -> e.publishedAt() != null).containsExactly(true, false, true);
    }

}
