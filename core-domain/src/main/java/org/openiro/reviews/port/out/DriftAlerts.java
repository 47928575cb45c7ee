package org.openiro.reviews.port.out;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;

/** Where the policy says so, a midway review that finds drift or delay opens an informal alert (county A does). */
public interface DriftAlerts {

    void raiseForDrift(AuthorityCode authority, ChildId child, LocalDate on);
}
