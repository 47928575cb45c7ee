package org.openiro.care;

import org.openiro.authority.AuthorityCode;
import org.openiro.care.port.in.ViewChildUseCase;
import org.openiro.children.ChildId;
import org.openiro.shared.UnitOfWork;

public final class ViewChildService implements ViewChildUseCase {

    private final CareRecords records;
    private final UnitOfWork unitOfWork;

    public ViewChildService(CareRecords records, UnitOfWork unitOfWork) {
        this.records = records;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public ChildRecord view(AuthorityCode authority, ChildId childId) {
        return unitOfWork.inTransaction(
                () -> records.recordOf(records.authority(authority), records.child(authority, childId)));
    }
}
