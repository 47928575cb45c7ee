package org.openiro.care;

import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.care.port.in.AllocateSocialWorkerUseCase;
import org.openiro.children.Child;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.shared.UnitOfWork;

/** Records who the child's social worker is, replacing any before. */
public final class AllocateSocialWorker implements AllocateSocialWorkerUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final UnitOfWork unitOfWork;

    public AllocateSocialWorker(AuthorityRepository authorities, ChildRepository children, UnitOfWork unitOfWork) {
        this.authorities = authorities;
        this.children = children;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Result allocate(AllocateSocialWorkerCommand command) {
        return unitOfWork.inTransaction(() -> {
            authorities.require(command.authority());
            Child child = children.requireForChange(command.authority(), command.child());
            boolean created = child.socialWorker().isEmpty();
            children.save(child.withSocialWorker(command.socialWorker()));
            return new Result(command.socialWorker(), created);
        });
    }
}
