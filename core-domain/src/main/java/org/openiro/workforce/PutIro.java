package org.openiro.workforce;

import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.shared.UnitOfWork;
import org.openiro.workforce.port.in.PutIroUseCase;
import org.openiro.workforce.port.out.WorkforceRepository;

/** Adds an IRO to the service, or replaces what is recorded of them. */
public final class PutIro implements PutIroUseCase {

    private final AuthorityRepository authorities;
    private final WorkforceRepository workforce;
    private final UnitOfWork unitOfWork;

    public PutIro(AuthorityRepository authorities, WorkforceRepository workforce, UnitOfWork unitOfWork) {
        this.authorities = authorities;
        this.workforce = workforce;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Saved put(PutIroCommand command) {
        return unitOfWork.inTransaction(() -> {
            authorities.require(command.authority());
            return new Saved(command.iro(), workforce.save(command.authority(), command.iro()));
        });
    }
}
