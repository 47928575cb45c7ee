package org.openiro.workforce.port.in;

import org.openiro.workforce.port.in.ReallocateUseCase.Plan;
import org.openiro.workforce.port.in.ReallocateUseCase.ReallocateCommand;

/** Proposes how a leaving IRO's children would be spread, for a manager to look at before reallocating. */
public interface PlanReallocationUseCase {

    /** The plan {@link ReallocateUseCase} would apply now; changes nothing. */
    Plan plan(ReallocateCommand command);
}
