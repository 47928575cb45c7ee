package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.TestServices;
import org.openiro.app.support.TopicReader;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.events.DomainEvent;
import org.openiro.events.port.in.RelayOutboxUseCase;
import org.openiro.events.port.out.EventOutbox;
import org.openiro.reviews.NextReview;
import org.openiro.reviews.ReviewBasis;
import org.openiro.reviews.ReviewEvent;
import org.openiro.shared.UnitOfWork;

/**
 * Each child's events reach Kafka in the order they were written, whatever fails (issue 22).
 *
 * <p>An event's sequence is taken when it is written, not when its transaction commits (issue 22): a long transaction,
 * as the review scan's is, holds a lower sequence than a request for the same child that commits while it runs. The
 * relay and a client paging {@code /events?after=} must neither pass the lower row while it is still to come (the
 * child's events would go out of order) nor skip it once it has come.
 */
class OutboxOrderTest {

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"postgresql", "h2"})
    void a_transaction_still_open_holds_back_what_came_after_it_and_nothing_is_missed_or_reordered(String database)
            throws Exception {
        String prefix = "order-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        Map<String, Object> config = new HashMap<>(database.equals("h2")
                ? Map.of("datasources.default.url", "jdbc:h2:mem:order-" + prefix
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "datasources.default.username", "sa")
                : TestServices.postgres(TestServices.POSTGRES_URL));
        config.put("kafka.bootstrap.servers", TestServices.KAFKA);
        config.put("iro.kafka.topic-prefix", prefix);
        // The test drives the relay round by round, so it knows each round ran while the transaction was open.
        config.put("iro.relay.enabled", false);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, config, "test")) {
            ApplicationContext context = server.getApplicationContext();
            RelayOutboxUseCase relay = context.getBean(RelayOutboxUseCase.class);
            Api api = new Api(server.getURL(), context.getBean(JsonMapper.class));
            String authority = TestAuthorities.fresh("order");
            String child = "/api/authorities/" + authority + "/children/C1";
            api.authorityWithChildInCare(authority);
            drain(relay);
            EventsReader reader = new EventsReader(api, authority);
            assertThat(reader.next()).extracting(e -> e.get("type")).containsExactly("org.openiro.review.scheduled");

            // A scan's transaction writes its event for C1 and stays open...
            CountDownLatch written = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            UnitOfWork unitOfWork = context.getBean(UnitOfWork.class);
            EventOutbox outbox = context.getBean(EventOutbox.class);
            CompletableFuture<Void> scan = CompletableFuture.runAsync(() -> unitOfWork.run(() -> {
                outbox.append(List.of(ReviewEvent.found("review.overdue", AuthorityCode.of(authority),
                        ChildId.of("C1"), new NextReview(LocalDate.of(2023, 5, 31), 1, ReviewBasis.CARE_START),
                        null, null)), Instant.now());
                written.countDown();
                await(finish);
            }));
            await(written);
            // ...while a review of C1 is recorded and committed after it.
            assertThat(api.post(child + "/reviews", ReviewCycleTest.review("2023-05-25")).status()).isEqualTo(201);

            RelayOutboxUseCase.Round whileOpen = relay.relayOnce();
            List<Map<String, Object>> seenWhileOpen = reader.next();
            finish.countDown();
            scan.get(30, TimeUnit.SECONDS);
            drain(relay);
            List<Map<String, Object>> seenAfter = reader.next();

            assertThat(whileOpen.leader()).isTrue();
            assertThat(whileOpen.published()).as("nothing is published past the open transaction's event").isZero();
            assertThat(seenWhileOpen).as("nor listed").isEmpty();
            assertThat(seenAfter).extracting(e -> e.get("type")).as("the reader misses nothing, in commit order")
                    .containsExactly("org.openiro.review.overdue", "org.openiro.review.scheduled",
                            "org.openiro.review.held");
            try (TopicReader topic = new TopicReader(TestServices.KAFKA, prefix + "iro.reviews")) {
                List<ConsumerRecord<String, CloudEvent>> published =
                        topic.await(r -> r.key().equals(authority + ":C1"), 4, Duration.ofSeconds(30));
                assertThat(published).extracting(r -> r.value().getType())
                        .as("Kafka has the child's events in the outbox's order")
                        .containsExactly("org.openiro.review.scheduled", "org.openiro.review.overdue",
                                "org.openiro.review.scheduled", "org.openiro.review.held");
            }
        }
    }

    /** An event of one child on a topic of the test's choosing. */
    private record ChildEvent(String type, String topic, AuthorityCode authority) implements DomainEvent {
        @Override
        public String keyId() {
            return "C1";
        }

        @Override
        public String subject() {
            return "children/C1";
        }

        @Override
        public Map<String, Object> data() {
            return Map.of("childId", "C1");
        }
    }

    @Test
    void when_kafka_refuses_an_event_nothing_after_it_goes_out_and_the_relay_starts_again_from_it() throws Exception {
        String prefix = "refused-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        Map<String, Object> config = new HashMap<>(TestServices.postgres(TestServices.POSTGRES_URL));
        config.put("kafka.bootstrap.servers", TestServices.KAFKA);
        config.put("iro.kafka.topic-prefix", prefix);
        config.put("iro.relay.enabled", false);
        try (ApplicationContext context = ApplicationContext.run(config, "test")) {
            RelayOutboxUseCase relay = context.getBean(RelayOutboxUseCase.class);
            drain(relay);
            AuthorityCode authority = AuthorityCode.of(TestAuthorities.fresh("refused"));
            // The second event's topic is one Kafka refuses, as it refuses a topic missing from its metadata.
            List<ChildEvent> events = List.of(new ChildEvent("review.held", "iro.reviews", authority),
                    new ChildEvent("review.scheduled", "iro.reviews!", authority),
                    new ChildEvent("review.scheduled", "iro.reviews", authority));
            context.getBean(UnitOfWork.class).run(() -> context.getBean(EventOutbox.class).append(events,
                    Instant.now()));

            RelayOutboxUseCase.Round refused = relay.relayOnce();
            RelayOutboxUseCase.Round again = relay.relayOnce();
            List<String> beforeRepair;
            try (TopicReader topic = new TopicReader(TestServices.KAFKA, prefix + "iro.reviews")) {
                beforeRepair = topic.settle(r -> r.key().equals(authority.value() + ":C1"), Duration.ofSeconds(2))
                        .stream().map(r -> r.value().getType()).toList();
            }
            try (Connection c = DriverManager.getConnection(TestServices.POSTGRES_URL, "postgres", "");
                 Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE outbox_event SET topic = 'iro.reviews' WHERE topic = 'iro.reviews!'");
            }
            drain(relay);

            assertThat(refused.failure()).isNotNull();
            assertThat(refused.published()).as("the event before the refused one went out").isEqualTo(1);
            assertThat(again.published()).as("the next round starts at the refused one, and stops there").isZero();
            assertThat(beforeRepair).as("nothing after the refused event reached Kafka ahead of it")
                    .containsExactly("org.openiro.review.held");
            try (TopicReader topic = new TopicReader(TestServices.KAFKA, prefix + "iro.reviews")) {
                List<ConsumerRecord<String, CloudEvent>> published = topic.settle(
                        r -> r.key().equals(authority.value() + ":C1"), Duration.ofSeconds(2));
                assertThat(published).extracting(r -> r.value().getType())
                        .as("once the broker takes it, the rest follow in order, none twice")
                        .containsExactly("org.openiro.review.held", "org.openiro.review.scheduled",
                                "org.openiro.review.scheduled");
                assertThat(published).extracting(r -> r.value().getId()).doesNotHaveDuplicates();
            }
        }
    }

    /** A client paging through the outbox, always from the last event it saw. */
    private static final class EventsReader {
        private final Api api;
        private final String authority;
        private long after;

        EventsReader(Api api, String authority) {
            this.api = api;
            this.authority = authority;
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> next() {
            List<Map<String, Object>> items = new ArrayList<>((List<Map<String, Object>>) api.get(
                    "/api/authorities/" + authority + "/events?size=500&after=" + after).map().get("items"));
            if (!items.isEmpty()) {
                after = ((Number) items.get(items.size() - 1).get("sequence")).longValue();
            }
            return items;
        }
    }

    /**
     * Publishes whatever waits, other tests' events too, until a round finds nothing; first waiting for the lease an
     * instance of an earlier test may still hold.
     */
    private static void drain(RelayOutboxUseCase relay) throws InterruptedException {
        int failures = 0;
        for (int rounds = 0; rounds < 10_000; rounds++) {
            RelayOutboxUseCase.Round round = relay.relayOnce();
            if (round.failure() != null) {
                // A broker slowed by a loaded machine may time a batch out; the relay keeps what it could not send
                // and sends it, in order, next round, which is what the assertions after the drain check.
                assertThat(++failures).as(round.failure()).isLessThanOrEqualTo(3);
                Thread.sleep(1_000);
                continue;
            }
            if (!round.leader()) {
                Thread.sleep(round.waitBeforeNext().toMillis());
            } else if (round.published() == 0) {
                return;
            }
        }
        throw new AssertionError("the outbox never emptied");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out waiting for the other transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
