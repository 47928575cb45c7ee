package org.openiro.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.openiro.audit.AuditEntry;
import org.openiro.audit.AuditQuery;
import org.openiro.audit.port.out.AuditLog;
import org.openiro.authority.AuthorityCode;
import org.openiro.shared.Page;

/** The audit trail, append-only: each entry is given the next sequence number, and searched newest first. */
public final class InMemoryAuditLog extends Tables implements AuditLog {

    private final Map<Long, AuditEntry> entries = table();
    private long sequence;

    @Override
    public synchronized void append(AuditEntry e) {
        long next = ++sequence;
        entries.put(next, new AuditEntry(next, e.at(), e.authority(), e.username(), e.action(), e.resource(),
                e.resourceId(), e.method(), e.path(), e.requestId()));
    }

    @Override
    public synchronized Page<AuditEntry> search(AuthorityCode authority, AuditQuery q, Page.Request page) {
        List<AuditEntry> matching = entries.values().stream().filter(e -> e.authority().equals(authority))
                .filter(e -> q.resource() == null || q.resource().equals(e.resource()))
                .filter(e -> q.resourceId() == null || q.resourceId().equals(e.resourceId()))
                .filter(e -> q.from() == null || !e.at().isBefore(q.from()))
                .filter(e -> q.to() == null || e.at().isBefore(q.to()))
                .sorted(Comparator.comparingLong(AuditEntry::sequence).reversed()).toList();
        return InMemoryPages.page(matching, page);
    }
}
