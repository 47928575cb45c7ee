package org.openiro.audit.port.in;

import org.openiro.audit.AuditEntry;
import org.openiro.audit.AuditQuery;
import org.openiro.authority.AuthorityCode;
import org.openiro.shared.Page;

/** Reads the audit trail of an authority's changes: who changed what, when, from which request. */
public interface ReadAuditTrailUseCase {

    /** The authority's entries matching the query, newest first. */
    Page<AuditEntry> read(AuthorityCode authority, AuditQuery query, Page.Request page);
}
