package org.openiro.workforce;

import org.openiro.authority.Policy;

/** The policy band per full-time IRO (IRO Handbook: 50–70), scaled by an IRO's FTE: 0.5 FTE gives 25–35. */
public record CaseloadBand(double min, double max) {

    public static CaseloadBand forFte(Policy policy, double fte) {
        return new CaseloadBand(policy.caseloadBand().min() * fte, policy.caseloadBand().max() * fte);
    }

    public boolean isAbove(long children) {
        return children > max;
    }
}
