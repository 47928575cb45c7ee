package org.openiro.workforce;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.workforce.port.out.WorkforceRepository;

/** What allocating a child and grouping siblings both say: siblings held by another IRO. */
final class SiblingGroups {

    private SiblingGroups() {
    }

    /** A warning when the child's siblings are held by an IRO other than this one; null when none are. */
    static String splitWarning(WorkforceRepository workforce, AuthorityCode code, ChildId childId, String iroId) {
        Optional<String> group = workforce.siblingGroup(code, childId);
        if (group.isEmpty()) {
            return null;
        }
        Map<ChildId, String> held = workforce.currentAllocations(code);
        List<String> elsewhere = workforce.siblingGroups(code).getOrDefault(group.get(), List.of()).stream()
                .filter(sibling -> !sibling.equals(childId) && held.containsKey(sibling)
                        && !held.get(sibling).equals(iroId))
                .map(ChildId::value).sorted().toList();
        return elsewhere.isEmpty() ? null : "siblings " + String.join(", ", elsewhere)
                + " are held by another IRO; siblings normally share one unless a child asks otherwise";
    }
}
