package org.openiro.care;

import org.openiro.authority.Authority;
import org.openiro.care.port.in.RegisterChildUseCase;
import org.openiro.children.Child;
import org.openiro.shared.UnitOfWork;

public final class RegisterChildService implements RegisterChildUseCase {

    private final CareRecords records;
    private final UnitOfWork unitOfWork;

    public RegisterChildService(CareRecords records, UnitOfWork unitOfWork) {
        this.records = records;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Result register(RegisterChildCommand command) {
        return unitOfWork.inTransaction(() -> {
            Authority authority = records.authority(command.authority());
            Child child = records.findChild(command.authority(), command.childId())
                    .map(existing -> existing.withDemographics(command.demographics(), records.today()))
                    .orElseGet(() -> Child.register(command.authority(), command.childId(), command.demographics(),
                            records.today()));
            boolean created = records.save(child);
            // A corrected date of birth moves pathway plan reviews: measure the child's reviews again.
            return new Result(created ? records.recordOf(authority, child) : records.rescheduled(authority, child),
                    created);
        });
    }
}
