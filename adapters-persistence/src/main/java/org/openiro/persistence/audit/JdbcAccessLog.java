package org.openiro.persistence.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import org.openiro.audit.AccessEntry;
import org.openiro.audit.AccessKind;
import org.openiro.audit.AccessQuery;
import org.openiro.audit.port.out.AccessLog;
import org.openiro.authority.AuthorityCode;
import org.openiro.persistence.shared.BulkWrites;
import org.openiro.persistence.shared.Columns;
import org.openiro.shared.Page;

/** The access log. Like the audit trail it has no update or delete method, on purpose. */
@Singleton
class JdbcAccessLog implements AccessLog {

    private static final Columns<AccessEntry> COLUMNS = Columns.<AccessEntry>of("occurred_at", AccessEntry::at)
            .and("authority", e -> e.authority().value())
            .and("username", AccessEntry::username)
            .and("action", e -> e.kind().id())
            .and("resource", AccessEntry::resource)
            .and("resource_id", AccessEntry::resourceId)
            .and("method", AccessEntry::method)
            .and("path", AccessEntry::path)
            .and("status", AccessEntry::status)
            .and("request_id", AccessEntry::requestId);

    private static final String MATCHING = """
            FROM access_log WHERE authority = :authority
              AND (CAST(:username AS VARCHAR(200)) IS NULL OR username = :username)
              AND (CAST(:action AS VARCHAR(20)) IS NULL OR action = :action)
              AND (CAST(:resource AS VARCHAR(40)) IS NULL OR resource = :resource)
              AND (CAST(:resourceId AS VARCHAR(100)) IS NULL OR resource_id = :resourceId)
              AND (CAST(:fromTime AS TIMESTAMP WITH TIME ZONE) IS NULL OR occurred_at >= :fromTime)
              AND (CAST(:toTime AS TIMESTAMP WITH TIME ZONE) IS NULL OR occurred_at < :toTime)""";

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface AccessRows extends GenericRepository<AccessRow, Long> {

        @Query(value = "SELECT * " + MATCHING + " ORDER BY sequence DESC LIMIT :limit OFFSET :offset",
                nativeQuery = true)
        List<AccessRow> search(String authority, @Nullable String username, @Nullable String action,
                               @Nullable String resource, @Nullable String resourceId, @Nullable Instant fromTime,
                               @Nullable Instant toTime, int limit, long offset);

        @Query(value = "SELECT count(*) " + MATCHING, nativeQuery = true)
        long count(String authority, @Nullable String username, @Nullable String action, @Nullable String resource,
                   @Nullable String resourceId, @Nullable Instant fromTime, @Nullable Instant toTime);
    }

    private final AccessRows rows;
    private final JdbcOperations jdbc;

    JdbcAccessLog(AccessRows rows, JdbcOperations jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
    }

    /** A batch in one statement (COPY on PostgreSQL from a hundred rows): the writer sends hundreds at a time. */
    @Override
    public void appendAll(List<AccessEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Object[]> values = COLUMNS.rows(entries);
        jdbc.execute(connection -> BulkWrites.insert(connection, "access_log", COLUMNS.names(), values, ""));
    }

    @Override
    public Page<AccessEntry> search(AuthorityCode authority, AccessQuery q, Page.Request page) {
        String action = q.kind() == null ? null : q.kind().id();
        List<AccessEntry> items = rows.search(authority.value(), q.username(), action, q.resource(), q.resourceId(),
                        q.from(), q.to(), page.size(), page.offset()).stream()
                .map(r -> new AccessEntry(r.sequence(), r.occurredAt(), AuthorityCode.of(r.authority()),
                        r.username(), AccessKind.ofId(r.action()), r.resource(), r.resourceId(), r.method(),
                        r.path(), r.status(), r.requestId()))
                .toList();
        long total = rows.count(authority.value(), q.username(), action, q.resource(), q.resourceId(), q.from(),
                q.to());
        return new Page<>(items, page.page(), page.size(), total);
    }
}
