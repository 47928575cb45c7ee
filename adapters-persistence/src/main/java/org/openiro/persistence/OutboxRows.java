package org.openiro.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutboxRows extends GenericRepository<OutboxRow, Long> {

    /** An event whose unique key is already there is a no-op, so two scans in two instances write it once. */
    @Query("""
            INSERT INTO outbox_event (id, authority, type, topic, event_key, source, subject, occurred_at, data, unique_key)
            VALUES (:id, :authority, :type, :topic, :eventKey, :source, :subject, :occurredAt, :data, :uniqueKey)
            ON CONFLICT DO NOTHING""")
    int insertIfNew(String id, String authority, String type, String topic, String eventKey, String source,
                    String subject, Instant occurredAt, String data, @Nullable String uniqueKey);

    /** Limit before locking clause: H2 rejects the other order (versions.md); ordered by the key so H2 skips right. */
    @Query(value = """
            SELECT * FROM outbox_event WHERE published_at IS NULL
            ORDER BY sequence LIMIT :limit FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<OutboxRow> claimWaiting(int limit);

    @Query("UPDATE outbox_event SET published_at = :at WHERE sequence IN (:sequences) AND published_at IS NULL")
    int markPublished(List<Long> sequences, Instant at);

    Page<OutboxRow> findByAuthorityAndSequenceGreaterThanOrderBySequence(String authority, long sequence,
                                                                          Pageable pageable);
}
