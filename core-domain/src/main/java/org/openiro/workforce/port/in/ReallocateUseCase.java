package org.openiro.workforce.port.in;

import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;

/** When an IRO leaves: a plan spreading their children across named IROs, proposed first, then applied. */
public interface ReallocateUseCase {

    /** A child moved to an IRO. */
    record Move(ChildId child, String to) {
    }

    /** An IRO's caseload before and after the plan, in children and per FTE. */
    record CaseloadChange(String iroId, int before, int after, double perFteBefore, double perFteAfter) {
    }

    /** The leaving IRO's children, each moved, and what that does to every caseload. */
    record Plan(String from, List<Move> moves, List<CaseloadChange> caseloads) {
    }

    /** Proposes: changes nothing. */
    Plan plan(AuthorityCode authority, String fromIro, List<String> to);

    /** Applies the same plan in one transaction, with today as the date of every change. */
    Plan apply(AuthorityCode authority, String fromIro, List<String> to);
}
