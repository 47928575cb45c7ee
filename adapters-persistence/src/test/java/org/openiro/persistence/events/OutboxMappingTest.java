package org.openiro.persistence.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openiro.authority.AuthorityCode;
import org.openiro.calendar.SupportedDates;
import org.openiro.events.DomainEvent;
import org.openiro.events.OutboxEvent;
import org.openiro.events.port.out.EventOutbox;
import org.openiro.events.port.out.OutboxStore;
import org.openiro.persistence.Database;
import org.openiro.shared.Page;

/**
 * Events appended to the outbox and listed back (OutboxRow), on H2 and PostgreSQL, carry every field as appended:
 * type, topic, key, source, subject and data, the time at the supported calendar's ends, no publication yet; a few
 * go in one INSERT, a hundred and more by COPY on PostgreSQL.
 */
class OutboxMappingTest {

    private static final Instant FIRST = SupportedDates.FIRST.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant LAST = SupportedDates.LAST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
            .minus(1, ChronoUnit.MICROS);

    /** An event of no feature's: what the outbox stores is the same for every one. */
    private record Happened(String type, String topic, AuthorityCode authority, String keyId, String subject,
                            Map<String, Object> data, Optional<String> uniqueKey) implements DomainEvent {
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void events_read_back_with_every_field(Database db) {
        AuthorityCode authority = AuthorityCode.of(Database.fresh("map"));
        EventOutbox outbox = db.bean(EventOutbox.class);
        Happened widest = new Happened("t".repeat(100 - DomainEvent.TYPE_PREFIX.length()), "p".repeat(100), authority,
                "k".repeat(80 - authority.value().length() - 1), "s".repeat(120),
                Map.of("text", Database.text(5000), "number", 7), Optional.of(Database.fresh("u").repeat(20)));
        Happened plain = new Happened("child.registered", "iro.children", authority, "C1", "children/C1", Map.of(),
                Optional.empty());
        List<Happened> many = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            many.add(new Happened("review.due", "iro.reviews", authority, "C" + i, "children/C" + i,
                    Map.of("i", i), Optional.empty()));
        }
        db.inTransaction(() -> outbox.append(List.of(widest, plain), LAST));
        db.inTransaction(() -> outbox.append(many, FIRST));

        List<OutboxEvent> read = db.inTransaction(() ->
                db.bean(OutboxStore.class).listAfter(authority, 0, new Page.Request(0, 500)).items());

        assertThat(read).hasSize(122);
        assertThat(read).extracting(OutboxEvent::id).doesNotHaveDuplicates();
        assertThat(read).allSatisfy(e -> assertThat(e.publishedAt()).isNull());
        JsonMapper json = db.bean(JsonMapper.class);
        assertStored(json, read.get(0), widest, LAST);
        assertStored(json, read.get(1), plain, LAST);
        for (int i = 0; i < 120; i++) {
            assertStored(json, read.get(2 + i), many.get(i), FIRST);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void an_event_whose_unique_key_is_there_is_left_out_and_events_without_one_are_all_written(Database db) {
        // On PostgreSQL the key is unique among the events that have one (V84's partial index), still the arbiter.
        AuthorityCode authority = AuthorityCode.of(Database.fresh("map"));
        EventOutbox outbox = db.bean(EventOutbox.class);
        String key = Database.fresh("once");
        Happened keyed = new Happened("review.overdue", "iro.reviews", authority, "C1", "children/C1", Map.of(),
                Optional.of(key));
        Happened unkeyed = new Happened("review.held", "iro.reviews", authority, "C1", "children/C1", Map.of(),
                Optional.empty());

        db.inTransaction(() -> outbox.append(List.of(keyed, unkeyed), FIRST));
        db.inTransaction(() -> outbox.append(List.of(keyed, unkeyed), LAST));

        List<OutboxEvent> read = db.inTransaction(() ->
                db.bean(OutboxStore.class).listAfter(authority, 0, new Page.Request(0, 10)).items());
        assertThat(read).extracting(OutboxEvent::type)
                .containsExactly(keyed.fullType(), unkeyed.fullType(), unkeyed.fullType());
    }

    private static void assertStored(JsonMapper json, OutboxEvent stored, Happened event, Instant at) {
        assertThat(new OutboxEvent(0, null, stored.type(), stored.topic(), stored.key(), stored.source(),
                stored.subject(), stored.time(), null, stored.publishedAt()))
                .isEqualTo(new OutboxEvent(0, null, event.fullType(), event.topic(), event.key(), event.source(),
                        event.subject(), at, null, null));
        try {
            assertThat(json.readValue(stored.data(), Map.class)).isEqualTo(event.data());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
