package org.openiro.persistence.events;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Pageable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openiro.authority.AuthorityCode;
import org.openiro.events.DomainEvent;
import org.openiro.events.EventCatalogue;
import org.openiro.events.OutboxEvent;
import org.openiro.events.port.out.EventOutbox;
import org.openiro.events.port.out.OutboxBacklog;
import org.openiro.events.port.out.OutboxStore;
import org.openiro.persistence.shared.Columns;
import org.openiro.persistence.shared.WriteTimings;
import org.openiro.shared.Page;

@Singleton
class JdbcOutbox implements EventOutbox, OutboxStore, OutboxBacklog {

    /** An event as written: when it happened is the append's, not the event's own. */
    private record Appended(DomainEvent event, EventCatalogue.Entry entry, Instant at) {
    }


    private final OutboxRows rows;
    private final JsonMapper json;
    private final JdbcOperations jdbc;
    private final OutboxHorizon horizon;
    private final Columns<Appended> columns;

    JdbcOutbox(OutboxRows rows, JsonMapper json, JdbcOperations jdbc, OutboxHorizon horizon) {
        this.rows = rows;
        this.json = json;
        this.jdbc = jdbc;
        this.horizon = horizon;
        this.columns = Columns.<Appended>of("id", a -> UUID.randomUUID().toString())
                .and("authority", a -> a.event().authority().value())
                .and("type", a -> a.entry().type())
                .and("topic", a -> a.entry().topic())
                .and("event_key", a -> a.entry().key())
                .and("source", a -> a.entry().source())
                .and("subject", a -> a.entry().subject())
                .and("occurred_at", Appended::at)
                .and("data", a -> toJson(a.entry()))
                .and("unique_key", a -> a.entry().uniqueKey().orElse(null));
    }

    /** An event whose unique key is already there is left out, so two scans in two instances write it once. */
    @Override
    public void append(List<? extends DomainEvent> events, Instant at) {
        append(rows(events, at));
    }

    /** Events with their rows made: each event's JSON, the costly part of appending thousands (an import's). */
    private record Rows(List<? extends DomainEvent> events, Instant at, List<Object[]> values, boolean unique)
            implements Prepared {
    }

    @Override
    public Prepared prepare(List<? extends DomainEvent> events, Instant at) {
        if (!WriteTimings.MADE_AHEAD) {
            return EventOutbox.super.prepare(events, at);
        }
        return rows(events, at);
    }

    private Rows rows(List<? extends DomainEvent> events, Instant at) {
        long started = WriteTimings.start();
        List<Appended> appended = events.stream().map(event -> new Appended(event, EventCatalogue.entry(event), at))
                .toList();
        List<Object[]> values = columns.rows(appended);
        WriteTimings.add("outbox rows made (json)", started);
        // Without unique keys nothing can clash, and an import's thousands of events may go in by COPY.
        return new Rows(events, at, values, appended.stream().anyMatch(a -> a.entry().uniqueKey().isPresent()));
    }

    @Override
    public void append(Prepared prepared) {
        if (!(prepared instanceof Rows rows)) {
            append(prepared.events(), prepared.at());
            return;
        }
        if (rows.values().isEmpty()) {
            return;
        }
        long inserting = WriteTimings.start();
        jdbc.execute(connection -> horizon.insert(connection, columns.names(), rows.values(),
                rows.unique() ? "ON CONFLICT DO NOTHING" : ""));
        WriteTimings.add("outbox insert", inserting);
    }

    private String toJson(EventCatalogue.Entry event) {
        try {
            return json.writeValueAsString(event.data());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<OutboxEvent> claimUnpublished(int limit) {
        long upTo = jdbc.execute(horizon::horizon);
        return rows.claimWaiting(limit, upTo).stream().map(JdbcOutbox::toEvent).toList();
    }

    @Override
    public int markPublished(List<Long> sequences, Instant at) {
        return sequences.isEmpty() ? 0 : rows.markPublished(sequences, at);
    }

    @Override
    public Page<OutboxEvent> listAfter(AuthorityCode authority, long after, Page.Request page) {
        long upTo = jdbc.execute(horizon::horizon);
        io.micronaut.data.model.Page<OutboxRow> found =
                rows.findByAuthorityAndSequenceGreaterThanAndSequenceLessThanEqualsOrderBySequence(authority.value(),
                        after, upTo, Pageable.from(page.page(), page.size()));
        return new Page<>(found.getContent().stream().map(JdbcOutbox::toEvent).toList(), page.page(), page.size(),
                found.getTotalSize());
    }

    /** Both from the index of waiting events (published_at, sequence): the oldest is the lowest sequence. */
    @Override
    public Backlog backlog() {
        return jdbc.prepareStatement("""
                SELECT (SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL),
                       (SELECT occurred_at FROM outbox_event WHERE published_at IS NULL ORDER BY sequence LIMIT 1)""",
                statement -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        Timestamp oldest = rs.getTimestamp(2);
                        return new Backlog(rs.getLong(1), Optional.ofNullable(oldest).map(Timestamp::toInstant));
                    }
                });
    }

    private static OutboxEvent toEvent(OutboxRow row) {
        return new OutboxEvent(row.sequence(), row.id(), row.type(), row.topic(), row.eventKey(), row.source(),
                row.subject(), row.occurredAt(), row.data(), row.publishedAt());
    }
}
