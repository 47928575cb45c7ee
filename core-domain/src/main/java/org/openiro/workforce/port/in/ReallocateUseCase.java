package org.openiro.workforce.port.in;

import static org.openiro.shared.InvalidInput.required;

import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;

/**
 * When an IRO leaves, a manager moves their children across named IROs in one go, as proposed first by
 * {@link PlanReallocationUseCase}.
 */
public interface ReallocateUseCase {

    /** The leaving IRO and the IROs to take their children. */
    record ReallocateCommand(AuthorityCode authority, String fromIro, List<String> to) {
        public ReallocateCommand {
            required("authority", authority);
            required("fromIro", fromIro);
        }
    }

    /** A child moved to an IRO. */
    record Move(ChildId child, String to) {
    }

    /** An IRO's caseload before and after the plan, in children and per FTE. */
    record CaseloadChange(String iroId, int before, int after, double perFteBefore, double perFteAfter) {
    }

    /** The leaving IRO's children, each moved, and what that does to every caseload. */
    record Plan(String from, List<Move> moves, List<CaseloadChange> caseloads) {
    }

    /** Applies the plan in one transaction, with today as the date of every change; answers the plan applied. */
    Plan reallocate(ReallocateCommand command);
}
