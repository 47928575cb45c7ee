package org.openiro.persistence.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import org.openiro.audit.AuditEntry;
import org.openiro.audit.AuditQuery;
import org.openiro.audit.port.out.AuditLog;
import org.openiro.authority.AuthorityCode;
import org.openiro.shared.Page;

/** The audit trail. It has no update or delete method, on purpose. */
@Singleton
class JdbcAuditLog implements AuditLog {

    private static final String MATCHING = """
            FROM audit_event WHERE authority = :authority
              AND (CAST(:resource AS VARCHAR(40)) IS NULL OR resource = :resource)
              AND (CAST(:resourceId AS VARCHAR(100)) IS NULL OR resource_id = :resourceId)
              AND (CAST(:fromTime AS TIMESTAMP WITH TIME ZONE) IS NULL OR occurred_at >= :fromTime)
              AND (CAST(:toTime AS TIMESTAMP WITH TIME ZONE) IS NULL OR occurred_at < :toTime)""";

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface AuditRows extends GenericRepository<AuditRow, Long> {

        AuditRow save(AuditRow row);

        @Query(value = "SELECT * " + MATCHING + " ORDER BY sequence DESC LIMIT :limit OFFSET :offset",
                nativeQuery = true)
        List<AuditRow> search(String authority, @Nullable String resource, @Nullable String resourceId,
                              @Nullable Instant fromTime, @Nullable Instant toTime, int limit, long offset);

        @Query(value = "SELECT count(*) " + MATCHING, nativeQuery = true)
        long count(String authority, @Nullable String resource, @Nullable String resourceId,
                   @Nullable Instant fromTime, @Nullable Instant toTime);
    }

    private final AuditRows rows;

    JdbcAuditLog(AuditRows rows) {
        this.rows = rows;
    }

    @Override
    public void append(AuditEntry e) {
        rows.save(new AuditRow(null, e.at(), e.authority().value(), e.username(), e.action(), e.resource(),
                e.resourceId(), e.method(), e.path(), e.requestId()));
    }

    @Override
    public Page<AuditEntry> search(AuthorityCode authority, AuditQuery q, Page.Request page) {
        List<AuditEntry> items = rows.search(authority.value(), q.resource(), q.resourceId(), q.from(), q.to(),
                        page.size(), page.offset()).stream()
                .map(r -> new AuditEntry(r.sequence(), r.occurredAt(), AuthorityCode.of(r.authority()), r.username(),
                        r.action(), r.resource(), r.resourceId(), r.method(), r.path(), r.requestId()))
                .toList();
        long total = rows.count(authority.value(), q.resource(), q.resourceId(), q.from(), q.to());
        return new Page<>(items, page.page(), page.size(), total);
    }
}
