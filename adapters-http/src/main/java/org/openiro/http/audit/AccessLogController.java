package org.openiro.http.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.Validated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.openiro.access.Action;
import org.openiro.audit.AccessEntry;
import org.openiro.audit.AccessKind;
import org.openiro.audit.AccessQuery;
import org.openiro.audit.port.in.ReadAccessLogUseCase;
import org.openiro.authority.AuthorityCode;
import org.openiro.http.input.Id;
import org.openiro.http.security.Permits;
import org.openiro.shared.Page;

/**
 * {@code GET /api/authorities/{a}/access-log?user=&action=&resource=&id=&from=&to=}: who opened which child's record,
 * exported what, or was refused, newest first. For the administrators who read the audit trail.
 */
@Controller("/api/authorities/{authority}/access-log")
@Validated
class AccessLogController {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final ReadAccessLogUseCase accessLog;

    AccessLogController(ReadAccessLogUseCase accessLog) {
        this.accessLog = accessLog;
    }

    @Serdeable
    record AccessView(long sequence, Instant at, String username, String action, String resource,
                      @Nullable String id, String method, String path, int status, String requestId) {
        static AccessView of(AccessEntry e) {
            return new AccessView(e.sequence(), e.at(), e.username(), e.kind().id(), e.resource(), e.resourceId(),
                    e.method(), e.path(), e.status(), e.requestId());
        }
    }

    @Serdeable
    record AccessPage(List<AccessView> items, int page, int size, long totalItems) {
    }

    /** {@code from} and {@code to} are days in England, both included. */
    @Get
    @Permits(Action.READ_AUDIT)
    AccessPage list(@PathVariable @Id String authority,
                    @QueryValue @Nullable @Size(max = 200) String user,
                    @QueryValue @Nullable @Pattern(regexp = "read|export|refused",
                            message = "must be read, export or refused") String action,
                    @QueryValue @Nullable @Size(max = 40) String resource,
                    @QueryValue @Nullable @Size(max = 100) String id,
                    @QueryValue @Nullable LocalDate from,
                    @QueryValue @Nullable LocalDate to,
                    @QueryValue(defaultValue = "0") @Min(0) int page,
                    @QueryValue(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        AccessQuery query = new AccessQuery(user, action == null ? null : AccessKind.ofId(action), resource, id,
                from == null ? null : from.atStartOfDay(ENGLAND).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ENGLAND).toInstant());
        Page<AccessEntry> found = accessLog.read(AuthorityCode.of(authority), query, new Page.Request(page, size));
        return new AccessPage(found.items().stream().map(AccessView::of).toList(), found.page(), found.size(),
                found.totalItems());
    }
}
