package org.openiro.persistence;

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
import org.openiro.shared.Page;

@Singleton
class JdbcOutbox implements EventOutbox, OutboxStore, OutboxBacklog {

    private static final List<String> COLUMNS = List.of("id", "authority", "type", "topic", "event_key", "source",
            "subject", "occurred_at", "data", "unique_key");

    private final OutboxRows rows;
    private final JsonMapper json;
    private final JdbcOperations jdbc;
    private final OutboxHorizon horizon;

    JdbcOutbox(OutboxRows rows, JsonMapper json, JdbcOperations jdbc, OutboxHorizon horizon) {
        this.rows = rows;
        this.json = json;
        this.jdbc = jdbc;
        this.horizon = horizon;
    }

    /** An event whose unique key is already there is left out, so two scans in two instances write it once. */
    @Override
    public void append(List<? extends DomainEvent> events, Instant at) {
        if (events.isEmpty()) {
            return;
        }
        List<EventCatalogue.Entry> entries = events.stream().map(EventCatalogue::entry).toList();
        List<Object[]> values = new java.util.ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            EventCatalogue.Entry event = entries.get(i);
            values.add(new Object[] {UUID.randomUUID().toString(), events.get(i).authority().value(), event.type(),
                event.topic(), event.key(), event.source(), event.subject(), at, toJson(event),
                event.uniqueKey().orElse(null)});
        }
        // Without unique keys nothing can clash, and an import's thousands of events may go in by COPY.
        boolean unique = entries.stream().anyMatch(e -> e.uniqueKey().isPresent());
        jdbc.execute(connection -> horizon.insert(connection, COLUMNS, values, unique ? "ON CONFLICT DO NOTHING" : ""));
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
