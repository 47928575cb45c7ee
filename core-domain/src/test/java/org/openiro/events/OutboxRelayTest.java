package org.openiro.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.openiro.events.port.in.RelayOutboxUseCase.Round;
import org.openiro.events.port.out.EventPublisher;
import org.openiro.events.port.out.OutboxStore;
import org.openiro.events.port.out.RelayLease;
import org.openiro.shared.UnitOfWork;

@ExtendWith(MockitoExtension.class)
class OutboxRelayTest {

    private static final Instant NOW = Instant.parse("2024-01-10T09:00:00Z");

    @Mock
    OutboxStore outbox;
    @Mock
    EventPublisher publisher;
    @Mock
    RelayLease lease;

    private final UnitOfWork direct = new UnitOfWork() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    private OutboxRelay relay;

    @BeforeEach
    void relay() {
        relay = new OutboxRelay(outbox, publisher, lease, direct, Clock.fixed(NOW, ZoneOffset.UTC),
                new OutboxRelay.Settings("me", 2, Duration.ofSeconds(10), Duration.ofMillis(500), Duration.ofSeconds(30)));
    }

    private static OutboxEvent event(long sequence) {
        return new OutboxEvent(sequence, "id-" + sequence, "org.openiro.review.scheduled", "iro.reviews", "a:c",
                "/authorities/a", "children/c", NOW, "{}", null);
    }

    @Test
    void marks_a_batch_published_only_after_the_broker_acknowledged_it() throws Exception {
        when(lease.tryHold(eq("me"), any(), any())).thenReturn(true);
        when(outbox.claimUnpublished(2)).thenReturn(List.of(event(1), event(2)));

        Round round = relay.relayOnce();

        verify(publisher).publish(List.of(event(1), event(2)));
        verify(outbox).markPublished(List.of(1L, 2L), NOW);
        assertThat(round.published()).isEqualTo(2);
        assertThat(round.waitBeforeNext()).as("a full batch means more may wait").isZero();
    }

    @Test
    void the_lag_is_how_long_the_oldest_event_of_the_batch_waited_for_the_broker() throws Exception {
        when(lease.tryHold(eq("me"), any(), any())).thenReturn(true);
        OutboxEvent old = new OutboxEvent(1, "id-1", "org.openiro.review.scheduled", "iro.reviews", "a:c",
                "/authorities/a", "children/c", NOW.minusSeconds(90), "{}", null);
        when(outbox.claimUnpublished(2)).thenReturn(List.of(old, event(2)));

        assertThat(relay.relayOnce().lag()).isEqualTo(Duration.ofSeconds(90));
        when(outbox.claimUnpublished(2)).thenReturn(List.of());
        assertThat(relay.relayOnce().lag()).as("nothing published, no lag to tell").isNull();
    }

    @Test
    void a_failed_batch_stays_unpublished_and_the_relay_backs_off_further_each_time() throws Exception {
        when(lease.tryHold(eq("me"), any(), any())).thenReturn(true);
        when(outbox.claimUnpublished(2)).thenReturn(List.of(event(1)));
        doThrow(new EventPublisher.PublishFailed("broker down", null)).when(publisher).publish(anyList());

        Round first = relay.relayOnce();
        Round second = relay.relayOnce();

        verify(outbox, never()).markPublished(anyList(), any());
        assertThat(first.failure()).contains("broker down");
        assertThat(second.waitBeforeNext()).isGreaterThan(first.waitBeforeNext());
        for (int i = 0; i < 20; i++) {
            assertThat(relay.relayOnce().waitBeforeNext()).isLessThanOrEqualTo(Duration.ofSeconds(30));
        }
    }

    @Test
    void when_the_broker_fails_part_way_the_events_it_acknowledged_are_marked_and_the_next_round_starts_at_the_failure()
            throws Exception {
        relay = new OutboxRelay(outbox, publisher, lease, direct, Clock.fixed(NOW, ZoneOffset.UTC),
                new OutboxRelay.Settings("me", 3, Duration.ofSeconds(10), Duration.ofMillis(500), Duration.ofSeconds(30)));
        when(lease.tryHold(eq("me"), any(), any())).thenReturn(true);
        when(outbox.claimUnpublished(3)).thenReturn(List.of(event(1), event(2), event(3)), List.of(event(2), event(3)));
        doThrow(new EventPublisher.PublishFailed("topic not present in metadata", null, 1))
                .doNothing().when(publisher).publish(anyList());

        Round failed = relay.relayOnce();
        Round next = relay.relayOnce();

        verify(outbox).markPublished(List.of(1L), NOW);
        assertThat(failed.published()).isEqualTo(1);
        assertThat(failed.failure()).contains("metadata");
        verify(publisher).publish(List.of(event(2), event(3)));
        verify(outbox).markPublished(List.of(2L, 3L), NOW);
        assertThat(next.failure()).isNull();
    }

    @Test
    void an_instance_without_the_lease_publishes_nothing() throws Exception {
        when(lease.tryHold(eq("me"), any(), any())).thenReturn(false);

        Round round = relay.relayOnce();

        assertThat(round.leader()).isFalse();
        verify(outbox, never()).claimUnpublished(2);
        verify(publisher, never()).publish(anyList());
    }
}
