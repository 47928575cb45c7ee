package org.openiro.workforce.port.in;

import java.time.LocalDate;
import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.workforce.IroAllocation;

/** A manager allocates a child to an IRO (or changes their IRO), and records which children are siblings. */
public interface AllocateIroUseCase {

    /**
     * @param irosThisPeriod how many IROs the child has had in their latest period of care (0 with none)
     * @param warning set when the child's siblings are held by another IRO: allowed, but said
     */
    record Allocated(IroAllocation current, List<IroAllocation> history, int irosThisPeriod, String warning,
                     boolean created) {
    }

    /** Allocates the child to the IRO from the day, ending the allocation before; answers the history. */
    Allocated allocate(AuthorityCode authority, ChildId child, String iroId, LocalDate from, String reason);

    /** @param created true when the child had no sibling group before */
    record Siblings(String groupId, String warning, boolean created) {
    }

    /** Puts the child in the sibling group (made when new). */
    Siblings setSiblingGroup(AuthorityCode authority, ChildId child, String groupId);
}
