package org.openiro.reviews;

import org.openiro.authority.Authority;
import org.openiro.authority.port.out.ReviewTimingFollowsPolicy;
import org.openiro.children.ChildId;
import org.openiro.children.port.out.ChildRepository;

/**
 * A new policy moves every child's next review at once, each with its {@code review.scheduled} event where the due
 * date changed; reviews already held keep the figures they had under the policy in force when they were held.
 */
public final class RescheduleOnPolicyChange implements ReviewTimingFollowsPolicy {

    private final ChildRepository children;
    private final Timetable timetable;

    public RescheduleOnPolicyChange(ChildRepository children, Timetable timetable) {
        this.children = children;
        this.timetable = timetable;
    }

    @Override
    public void policyChanged(Authority authority) {
        for (ChildId id : children.idsOf(authority.code())) {
            children.findForChange(authority.code(), id).ifPresent(child -> timetable.reschedule(authority, child));
        }
    }
}
