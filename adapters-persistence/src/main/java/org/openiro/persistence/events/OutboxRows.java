package org.openiro.persistence.events;

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

    /**
     * Limit before locking clause: H2 rejects the other order (versions.md); ordered by the key so H2 skips right.
     * Only up to the horizon ({@link OutboxHorizon}), so nothing is published ahead of a row still to commit.
     */
    @Query(value = """
            SELECT * FROM outbox_event WHERE published_at IS NULL AND sequence <= :horizon
            ORDER BY sequence LIMIT :limit FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<OutboxRow> claimWaiting(int limit, long horizon);

    @Query("UPDATE outbox_event SET published_at = :at WHERE sequence IN (:sequences) AND published_at IS NULL")
    int markPublished(List<Long> sequences, Instant at);

    Page<OutboxRow> findByAuthorityAndSequenceGreaterThanAndSequenceLessThanEqualsOrderBySequence(
            String authority, long sequence, long horizon, Pageable pageable);
}
