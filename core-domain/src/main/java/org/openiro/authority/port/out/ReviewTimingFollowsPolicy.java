package org.openiro.authority.port.out;

import org.openiro.authority.Authority;

/**
 * Told, inside the unit of work that changed it, when an authority's policy now times reviews differently, so that
 * every child's next review follows the new rules from that day (domain.md, "History changes").
 */
public interface ReviewTimingFollowsPolicy {

    /** Reschedules the authority's children under its new policy, in the caller's unit of work. */
    void policyChanged(Authority authority);
}
