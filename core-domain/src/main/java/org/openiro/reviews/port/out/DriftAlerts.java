package org.openiro.reviews.port.out;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;

/** Where the policy says so, a midway review that finds drift or delay opens an informal alert (county A does). */
public interface DriftAlerts {

    /**
     * Raises the alert for drift found at a midway review on the day, in the caller's unit of work; called only where
     * the authority's policy says drift opens one.
     */
    void raiseForDrift(AuthorityCode authority, ChildId child, LocalDate on);
}
