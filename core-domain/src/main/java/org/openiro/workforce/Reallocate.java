package org.openiro.workforce;

import java.time.Clock;
import java.time.LocalDate;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.reviews.port.out.ScheduleStore;
import org.openiro.shared.UnitOfWork;
import org.openiro.workforce.port.in.AllocateIroUseCase;
import org.openiro.workforce.port.in.AllocateIroUseCase.AllocateIroCommand;
import org.openiro.workforce.port.in.ReallocateUseCase;
import org.openiro.workforce.port.out.WorkforceRepository;

/** Applies the plan for a leaving IRO's children in one transaction, each move an allocation dated today. */
public final class Reallocate implements ReallocateUseCase {

    private final Reallocation reallocation;
    private final AllocateIroUseCase allocate;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public Reallocate(AuthorityRepository authorities, WorkforceRepository workforce, ScheduleStore schedules,
                      AllocateIroUseCase allocate, UnitOfWork unitOfWork, Clock clock) {
        this.reallocation = new Reallocation(authorities, workforce, schedules, clock);
        this.allocate = allocate;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Plan reallocate(ReallocateCommand command) {
        return unitOfWork.inTransaction(() -> {
            Plan plan = reallocation.propose(command);
            LocalDate today = LocalDate.now(clock);
            for (Move move : plan.moves()) {
                allocate.allocate(new AllocateIroCommand(command.authority(), move.child(), move.to(), today,
                        "reallocated from " + command.fromIro()));
            }
            return plan;
        });
    }
}
