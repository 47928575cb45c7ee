package org.openiro.workforce.port.in;

import static org.openiro.shared.InvalidInput.required;

import java.time.LocalDate;
import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.shared.LocalId;
import org.openiro.workforce.IroAllocation;
import org.openiro.workforce.SiblingGroups;

/** A manager allocates a child to an IRO, or changes their IRO. */
public interface AllocateIroUseCase {

    /** The child, the IRO to hold them, from which day, and why (optional). */
    record AllocateIroCommand(AuthorityCode authority, ChildId child, String iroId, LocalDate from, String reason) {
        public AllocateIroCommand {
            required("authority", authority);
            required("child", child);
            LocalId.require("iroId", iroId);
            required("from", from);
        }
    }

    /**
     * @param irosThisPeriod how many IROs the child has had in their latest period of care (0 with none)
     * @param siblingsElsewhere the child's siblings held by another IRO: allowed, but said
     */
    record Allocated(IroAllocation current, List<IroAllocation> history, int irosThisPeriod,
                     List<ChildId> siblingsElsewhere, boolean created) {
        public Allocated {
            siblingsElsewhere = List.copyOf(siblingsElsewhere);
        }

        /** The warning the API gives when siblings are held elsewhere; null when none are. */
        public String warning() {
            return SiblingGroups.splitWarning(siblingsElsewhere);
        }
    }

    /** Allocates the child to the IRO from the day, ending the allocation before; answers the history. */
    Allocated allocate(AllocateIroCommand command);
}
