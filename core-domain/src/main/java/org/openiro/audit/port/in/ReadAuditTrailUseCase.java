package org.openiro.audit.port.in;

import org.openiro.audit.AuditEntry;
import org.openiro.audit.AuditQuery;
import org.openiro.authority.AuthorityCode;
import org.openiro.shared.Page;

public interface ReadAuditTrailUseCase {

    Page<AuditEntry> read(AuthorityCode authority, AuditQuery query, Page.Request page);
}
