package org.openiro.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.openiro.audit.AccessEntry;
import org.openiro.audit.AccessQuery;
import org.openiro.audit.port.out.AccessLog;
import org.openiro.authority.AuthorityCode;
import org.openiro.shared.Page;

/** The access log, append-only: each entry is given the next sequence number, and searched newest first. */
public final class InMemoryAccessLog extends Tables implements AccessLog {

    private final Map<Long, AccessEntry> entries = table();
    private long sequence;

    @Override
    public synchronized void appendAll(List<AccessEntry> batch) {
        for (AccessEntry e : batch) {
            long next = ++sequence;
            entries.put(next, new AccessEntry(next, e.at(), e.authority(), e.username(), e.kind(), e.resource(),
                    e.resourceId(), e.method(), e.path(), e.status(), e.requestId()));
        }
    }

    @Override
    public synchronized Page<AccessEntry> search(AuthorityCode authority, AccessQuery q, Page.Request page) {
        List<AccessEntry> matching = entries.values().stream().filter(e -> e.authority().equals(authority))
                .filter(e -> q.username() == null || q.username().equals(e.username()))
                .filter(e -> q.kind() == null || q.kind() == e.kind())
                .filter(e -> q.resource() == null || q.resource().equals(e.resource()))
                .filter(e -> q.resourceId() == null || q.resourceId().equals(e.resourceId()))
                .filter(e -> q.from() == null || !e.at().isBefore(q.from()))
                .filter(e -> q.to() == null || e.at().isBefore(q.to()))
                .sorted(Comparator.comparingLong(AccessEntry::sequence).reversed()).toList();
        return InMemoryPages.page(matching, page);
    }
}
