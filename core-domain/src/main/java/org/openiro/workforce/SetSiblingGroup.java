package org.openiro.workforce;

import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.shared.UnitOfWork;
import org.openiro.workforce.port.in.SetSiblingGroupUseCase;
import org.openiro.workforce.port.out.WorkforceRepository;

/** Puts a child in a sibling group, and says when the group is split between IROs. */
public final class SetSiblingGroup implements SetSiblingGroupUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final WorkforceRepository workforce;
    private final UnitOfWork unitOfWork;

    public SetSiblingGroup(AuthorityRepository authorities, ChildRepository children, WorkforceRepository workforce,
                           UnitOfWork unitOfWork) {
        this.authorities = authorities;
        this.children = children;
        this.workforce = workforce;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Siblings set(SetSiblingGroupCommand command) {
        return unitOfWork.inTransaction(() -> {
            authorities.require(command.authority());
            children.require(command.authority(), command.child());
            boolean created = workforce.siblingGroup(command.authority(), command.child()).isEmpty();
            workforce.saveSiblingGroup(command.authority(), command.child(), command.groupId());
            String iroId = workforce.currentAllocations(command.authority()).get(command.child());
            return new Siblings(command.groupId(), iroId == null ? null
                    : SiblingGroups.splitWarning(SiblingGroups.heldElsewhere(workforce, command.authority(),
                    command.child(), iroId)), created);
        });
    }
}
