package org.openiro.audit.port.out;

import org.openiro.audit.AuditEntry;
import org.openiro.audit.AuditQuery;
import org.openiro.authority.AuthorityCode;
import org.openiro.shared.Page;

/** The append-only audit trail: entries are added, never changed or removed. */
public interface AuditLog {

    /**
     * Appends the entry in the caller's unit of work, given the next sequence number; it is never changed or removed.
     */
    void append(AuditEntry entry);

    /** The authority's entries matching the query, newest first. */
    Page<AuditEntry> search(AuthorityCode authority, AuditQuery query, Page.Request page);
}
