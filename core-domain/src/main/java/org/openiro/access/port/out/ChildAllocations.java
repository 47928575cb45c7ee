package org.openiro.access.port.out;

import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;

/** Who is allocated to a child now: what limits IROs' writes and social workers' reads. */
public interface ChildAllocations {

    /** Empty when the child does not exist in the authority. */
    Optional<Allocated> of(AuthorityCode authority, ChildId child);

    /** The child an alert is about, so that who may act on it follows who may act for the child. */
    Optional<ChildId> childOfAlert(AuthorityCode authority, String alertId);

    /** The ids of the child's current IRO and social worker, each null when none is allocated. */
    record Allocated(String iroId, String socialWorkerId) {
    }
}
