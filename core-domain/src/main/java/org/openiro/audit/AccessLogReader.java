package org.openiro.audit;

import org.openiro.audit.port.in.ReadAccessLogUseCase;
import org.openiro.audit.port.out.AccessLog;
import org.openiro.authority.AuthorityCode;
import org.openiro.shared.Page;
import org.openiro.shared.UnitOfWork;

public final class AccessLogReader implements ReadAccessLogUseCase {

    private final AccessLog log;
    private final UnitOfWork unitOfWork;

    public AccessLogReader(AccessLog log, UnitOfWork unitOfWork) {
        this.log = log;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Page<AccessEntry> read(AuthorityCode authority, AccessQuery query, Page.Request page) {
        return unitOfWork.inTransaction(() -> log.search(authority, query, page));
    }
}
