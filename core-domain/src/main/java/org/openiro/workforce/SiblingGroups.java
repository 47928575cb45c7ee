package org.openiro.workforce;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.workforce.port.out.WorkforceRepository;

/** What allocating a child and grouping siblings both say: siblings held by another IRO. */
public final class SiblingGroups {

    private SiblingGroups() {
    }

    /** The child's siblings held by an IRO other than this one, by id; empty when none are (or no group). */
    static List<ChildId> heldElsewhere(WorkforceRepository workforce, AuthorityCode code, ChildId childId,
                                       String iroId) {
        Optional<String> group = workforce.siblingGroup(code, childId);
        if (group.isEmpty()) {
            return List.of();
        }
        Map<ChildId, String> held = workforce.currentAllocations(code);
        return workforce.siblingGroups(code).getOrDefault(group.get(), List.of()).stream()
                .filter(sibling -> !sibling.equals(childId) && held.containsKey(sibling)
                        && !held.get(sibling).equals(iroId))
                .sorted(java.util.Comparator.comparing(ChildId::value)).toList();
    }

    /** What the API says of siblings held elsewhere; null when there are none. */
    public static String splitWarning(List<ChildId> elsewhere) {
        return elsewhere.isEmpty() ? null : "siblings " + String.join(", ", elsewhere.stream().map(ChildId::value)
                .toList()) + " are held by another IRO; siblings normally share one unless a child asks otherwise";
    }
}
