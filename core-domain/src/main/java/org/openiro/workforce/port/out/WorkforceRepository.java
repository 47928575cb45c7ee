package org.openiro.workforce.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.workforce.Iro;
import org.openiro.workforce.IroAllocation;

/** IROs, and which of them holds each child. */
public interface WorkforceRepository {

    /** The authority's IROs. */
    List<Iro> iros(AuthorityCode authority);

    /** The IRO; empty when there is none. */
    Optional<Iro> iro(AuthorityCode authority, String iroId);

    /** Answers true when the IRO was new. */
    boolean save(AuthorityCode authority, Iro iro);

    /** The child's allocations, oldest first. */
    List<IroAllocation> allocations(AuthorityCode authority, ChildId child);

    /** Replaces the child's allocation history. */
    void saveAllocations(AuthorityCode authority, ChildId child, List<IroAllocation> history);

    /** For every child currently allocated, the IRO holding them. */
    Map<ChildId, String> currentAllocations(AuthorityCode authority);

    /** The child's sibling group; empty when they are in none. */
    Optional<String> siblingGroup(AuthorityCode authority, ChildId child);

    /** Puts the child in the sibling group, replacing any before. */
    void saveSiblingGroup(AuthorityCode authority, ChildId child, String groupId);

    /** Every child of the authority in a sibling group, by group. */
    Map<String, List<ChildId>> siblingGroups(AuthorityCode authority);
}
