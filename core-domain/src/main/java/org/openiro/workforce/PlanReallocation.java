package org.openiro.workforce;

import java.time.Clock;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.reviews.port.out.ScheduleStore;
import org.openiro.shared.UnitOfWork;
import org.openiro.workforce.port.in.PlanReallocationUseCase;
import org.openiro.workforce.port.in.ReallocateUseCase.Plan;
import org.openiro.workforce.port.in.ReallocateUseCase.ReallocateCommand;
import org.openiro.workforce.port.out.WorkforceRepository;

/** Proposes how a leaving IRO's children would be spread; changes nothing. */
public final class PlanReallocation implements PlanReallocationUseCase {

    private final Reallocation reallocation;
    private final UnitOfWork unitOfWork;

    public PlanReallocation(AuthorityRepository authorities, WorkforceRepository workforce, ScheduleStore schedules,
                            UnitOfWork unitOfWork, Clock clock) {
        this.reallocation = new Reallocation(authorities, workforce, schedules, clock);
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Plan plan(ReallocateCommand command) {
        return unitOfWork.inTransaction(() -> reallocation.propose(command));
    }
}
