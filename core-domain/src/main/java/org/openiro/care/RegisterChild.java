package org.openiro.care;

import org.openiro.authority.Authority;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.care.port.in.RegisterChildUseCase;
import org.openiro.children.Child;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.shared.UnitOfWork;

/** Adds a child to the register, or corrects their details. */
public final class RegisterChild implements RegisterChildUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final ChildRecords records;
    private final UnitOfWork unitOfWork;

    public RegisterChild(AuthorityRepository authorities, ChildRepository children, ChildRecords records,
                         UnitOfWork unitOfWork) {
        this.authorities = authorities;
        this.children = children;
        this.records = records;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Result register(RegisterChildCommand command) {
        return unitOfWork.inTransaction(() -> {
            Authority authority = authorities.require(command.authority());
            Child child = children.findForChange(command.authority(), command.childId())
                    .map(existing -> existing.withDemographics(command.demographics(), records.today()))
                    .orElseGet(() -> Child.register(command.authority(), command.childId(), command.demographics(),
                            records.today()));
            boolean created = children.save(child);
            // A corrected date of birth moves pathway plan reviews: measure the child's reviews again.
            return new Result(created ? records.recordOf(authority, child) : records.rescheduled(authority, child),
                    created);
        });
    }
}
