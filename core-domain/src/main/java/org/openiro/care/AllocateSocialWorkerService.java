package org.openiro.care;

import org.openiro.authority.AuthorityCode;
import org.openiro.care.port.in.AllocateSocialWorkerUseCase;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.SocialWorker;
import org.openiro.shared.UnitOfWork;

public final class AllocateSocialWorkerService implements AllocateSocialWorkerUseCase {

    private final CareRecords records;
    private final UnitOfWork unitOfWork;

    public AllocateSocialWorkerService(CareRecords records, UnitOfWork unitOfWork) {
        this.records = records;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Result allocate(AuthorityCode authority, ChildId childId, SocialWorker socialWorker) {
        return unitOfWork.inTransaction(() -> {
            records.authority(authority);
            Child child = records.childForChange(authority, childId);
            boolean created = child.socialWorker().isEmpty();
            records.save(child.withSocialWorker(socialWorker));
            return new Result(socialWorker, created);
        });
    }
}
