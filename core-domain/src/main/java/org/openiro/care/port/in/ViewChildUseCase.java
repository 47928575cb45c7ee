package org.openiro.care.port.in;

import org.openiro.authority.AuthorityCode;
import org.openiro.care.ChildRecord;
import org.openiro.children.ChildId;

/** Reads a child as the service sees them today: the register, their care, their next review and their IRO. */
public interface ViewChildUseCase {

    /**
     * The child as they stand today; {@link org.openiro.children.UnknownChild} when the authority has no such child.
     */
    ChildRecord view(AuthorityCode authority, ChildId childId);
}
