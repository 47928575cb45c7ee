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
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.openiro.access.Action;
import org.openiro.audit.AuditEntry;
import org.openiro.audit.AuditQuery;
import org.openiro.audit.port.in.ReadAuditTrailUseCase;
import org.openiro.authority.AuthorityCode;
import org.openiro.http.input.Code;
import org.openiro.http.input.Id;
import org.openiro.http.security.Permits;
import org.openiro.shared.Page;

/** {@code GET /api/authorities/{a}/audit?resource=&id=&from=&to=}: who changed what, newest first. */
@Controller("/api/authorities/{authority}/audit")
@Validated
class AuditController {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final ReadAuditTrailUseCase trail;

    AuditController(ReadAuditTrailUseCase trail) {
        this.trail = trail;
    }

    @Serdeable
    record EntryView(long sequence, Instant at, String username, String action, String resource,
                     @Nullable String id, String method, String path, String requestId) {
    }

    @Serdeable
    record EntryPage(List<EntryView> items, int page, int size, long totalItems) {
    }

    /** {@code from} and {@code to} are days in England, both included. */
    @Get
    @Permits(Action.READ_AUDIT)
    EntryPage list(@PathVariable @Id String authority,
                   @QueryValue @Nullable @Code String resource,
                   @QueryValue @Nullable @Size(max = 100) String id,
                   @QueryValue @Nullable LocalDate from,
                   @QueryValue @Nullable LocalDate to,
                   @QueryValue(defaultValue = "0") @Min(0) int page,
                   @QueryValue(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        AuditQuery query = new AuditQuery(resource, id,
                from == null ? null : from.atStartOfDay(ENGLAND).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ENGLAND).toInstant());
        Page<AuditEntry> found = trail.read(AuthorityCode.of(authority), query, new Page.Request(page, size));
        return new EntryPage(found.items().stream().map(e -> new EntryView(e.sequence(), e.at(), e.username(),
                e.action(), e.resource(), e.resourceId(), e.method(), e.path(), e.requestId())).toList(),
                found.page(), found.size(), found.totalItems());
    }
}
