package org.openiro.audit;

import org.openiro.audit.port.in.ReadAuditTrailUseCase;
import org.openiro.audit.port.in.RecordAuditUseCase;
import org.openiro.audit.port.out.AuditLog;
import org.openiro.authority.AuthorityCode;
import org.openiro.shared.Page;
import org.openiro.shared.UnitOfWork;

public final class AuditTrail implements RecordAuditUseCase, ReadAuditTrailUseCase {

    private final AuditLog log;
    private final UnitOfWork unitOfWork;

    public AuditTrail(AuditLog log, UnitOfWork unitOfWork) {
        this.log = log;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void record(AuditEntry entry) {
        unitOfWork.run(() -> log.append(entry));
    }

    @Override
    public Page<AuditEntry> read(AuthorityCode authority, AuditQuery query, Page.Request page) {
        return unitOfWork.inTransaction(() -> log.search(authority, query, page));
    }
}
