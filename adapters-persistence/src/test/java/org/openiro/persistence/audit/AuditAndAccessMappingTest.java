package org.openiro.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openiro.audit.AccessEntry;
import org.openiro.audit.AccessKind;
import org.openiro.audit.AccessQuery;
import org.openiro.audit.AuditEntry;
import org.openiro.audit.AuditQuery;
import org.openiro.audit.port.out.AccessLog;
import org.openiro.audit.port.out.AuditLog;
import org.openiro.authority.AuthorityCode;
import org.openiro.calendar.SupportedDates;
import org.openiro.persistence.Database;
import org.openiro.shared.Page;

/**
 * Audit entries (AuditRow) and access-log entries (AccessRow) written and searched back, on H2 and PostgreSQL, are
 * the entries written, every field: texts at their columns' lengths, the optional resource id null, instants at the
 * supported calendar's ends to the microsecond both databases keep. Access entries go in both ways the log writes
 * them: a few with INSERT, a hundred and more at once with COPY on PostgreSQL.
 */
class AuditAndAccessMappingTest {

    private static final Instant FIRST = SupportedDates.FIRST.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant LAST = SupportedDates.LAST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
            .minus(1, ChronoUnit.MICROS);

    @ParameterizedTest
    @EnumSource(Database.class)
    void audit_entries_read_back_equal(Database db) {
        AuthorityCode authority = AuthorityCode.of(Database.fresh("map"));
        AuditLog log = db.bean(AuditLog.class);
        AuditEntry widest = new AuditEntry(0, LAST, authority, db.longest("audit_event", "username"),
                db.longest("audit_event", "action"), db.longest("audit_event", "resource"),
                db.longest("audit_event", "resource_id"), db.longest("audit_event", "method"),
                db.longest("audit_event", "path"), db.longest("audit_event", "request_id"));
        AuditEntry nulls = new AuditEntry(0, FIRST, authority, "u", "a", "r", null, "GET", "/", "q");
        db.inTransaction(() -> {
            log.append(widest);
            log.append(nulls);
        });

        List<AuditEntry> read = db.inTransaction(() ->
                log.search(authority, new AuditQuery(null, null, null, null), new Page.Request(0, 10)).items());

        assertThat(read).extracting(e -> withSequence(e, 0)).containsExactlyInAnyOrder(widest, nulls);
        assertThat(read).allSatisfy(e -> assertThat(e.sequence()).isPositive());
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void access_entries_read_back_equal_whether_inserted_or_copied(Database db) {
        AuthorityCode authority = AuthorityCode.of(Database.fresh("map"));
        AccessLog log = db.bean(AccessLog.class);
        AccessEntry widest = new AccessEntry(0, LAST, authority, db.longest("access_log", "username"),
                AccessKind.REFUSED, db.longest("access_log", "resource"), db.longest("access_log", "resource_id"),
                db.longest("access_log", "method"), db.longest("access_log", "path"), Integer.MAX_VALUE,
                db.longest("access_log", "request_id"));
        AccessEntry nulls = new AccessEntry(0, FIRST, authority, "u", AccessKind.READ, "r", null, "GET", "/", 0, "q");
        List<AccessEntry> many = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            many.add(new AccessEntry(0, FIRST.plusSeconds(i), authority, "user" + i, AccessKind.EXPORT, "child",
                    i % 2 == 0 ? null : "C" + i, "POST", "/p/" + i, 200 + i, "r" + i));
        }
        many.set(7, widest);
        db.inTransaction(() -> log.appendAll(List.of(widest, nulls)));
        db.inTransaction(() -> log.appendAll(many));

        List<AccessEntry> read = db.inTransaction(() -> log.search(authority,
                new AccessQuery(null, null, null, null, null, null), new Page.Request(0, 500)).items());

        List<AccessEntry> expected = new ArrayList<>(many);
        expected.add(widest);
        expected.add(nulls);
        assertThat(read).extracting(e -> withSequence(e, 0)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(read).extracting(AccessEntry::sequence).doesNotHaveDuplicates()
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    private static AuditEntry withSequence(AuditEntry e, long sequence) {
        return new AuditEntry(sequence, e.at(), e.authority(), e.username(), e.action(), e.resource(), e.resourceId(),
                e.method(), e.path(), e.requestId());
    }

    private static AccessEntry withSequence(AccessEntry e, long sequence) {
        return new AccessEntry(sequence, e.at(), e.authority(), e.username(), e.kind(), e.resource(), e.resourceId(),
                e.method(), e.path(), e.status(), e.requestId());
    }
}
