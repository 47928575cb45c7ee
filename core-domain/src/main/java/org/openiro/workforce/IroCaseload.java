package org.openiro.workforce;

import java.util.List;
import org.openiro.children.ChildId;

/**
 * An IRO with what they hold: looked-after children (the caseload, compared with the policy band scaled by their
 * FTE) and care leavers whose pathway plan reviews they chair, reported beside it. Fostering IROs hold no
 * looked-after caseload and are never over a band.
 */
public record IroCaseload(Iro iro, List<ChildId> lookedAfter, List<ChildId> careLeavers, CaseloadBand band) {

    public double perFte() {
        return lookedAfter.size() / iro.fte();
    }

    public boolean overBand() {
        return iro.holdsLookedAfterCaseload() && band.isAbove(lookedAfter.size());
    }
}
