package org.openiro.inmemory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.workforce.Iro;
import org.openiro.workforce.IroAllocation;
import org.openiro.workforce.port.out.WorkforceRepository;

/** IROs, each child's allocations (oldest first) and sibling groups. */
public final class InMemoryWorkforceRepository extends Tables implements WorkforceRepository {

    private final Map<Key, Iro> iros = table();
    private final Map<Key, List<IroAllocation>> allocations = table();
    private final Map<Key, String> siblingGroups = table();

    @Override
    public synchronized List<Iro> iros(AuthorityCode authority) {
        return iros.entrySet().stream().filter(e -> e.getKey().authority().equals(authority))
                .map(Map.Entry::getValue).toList();
    }

    @Override
    public synchronized Optional<Iro> iro(AuthorityCode authority, String iroId) {
        return Optional.ofNullable(iros.get(Key.of(authority, iroId)));
    }

    @Override
    public synchronized boolean save(AuthorityCode authority, Iro iro) {
        return iros.put(Key.of(authority, iro.id()), iro) == null;
    }

    @Override
    public synchronized List<IroAllocation> allocations(AuthorityCode authority, ChildId child) {
        return allocations.getOrDefault(Key.of(authority, child), List.of());
    }

    @Override
    public synchronized void saveAllocations(AuthorityCode authority, ChildId child, List<IroAllocation> history) {
        List<IroAllocation> sorted = new ArrayList<>(history);
        sorted.sort(Comparator.comparing(IroAllocation::from));
        allocations.put(Key.of(authority, child), List.copyOf(sorted));
    }

    @Override
    public synchronized Map<ChildId, String> currentAllocations(AuthorityCode authority) {
        Map<ChildId, String> current = new LinkedHashMap<>();
        allocations.forEach((key, history) -> {
            if (key.authority().equals(authority)) {
                history.stream().filter(a -> a.to() == null).findFirst()
                        .ifPresent(a -> current.put(ChildId.of(key.id()), a.iroId()));
            }
        });
        return current;
    }

    @Override
    public synchronized Optional<String> siblingGroup(AuthorityCode authority, ChildId child) {
        return Optional.ofNullable(siblingGroups.get(Key.of(authority, child)));
    }

    @Override
    public synchronized void saveSiblingGroup(AuthorityCode authority, ChildId child, String groupId) {
        siblingGroups.put(Key.of(authority, child), groupId);
    }

    @Override
    public synchronized Map<String, List<ChildId>> siblingGroups(AuthorityCode authority) {
        Map<String, List<ChildId>> groups = new LinkedHashMap<>();
        siblingGroups.forEach((key, group) -> {
            if (key.authority().equals(authority)) {
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(ChildId.of(key.id()));
            }
        });
        return groups;
    }

    /** Every child's allocations in the authority: for the adapters that count. */
    synchronized Map<ChildId, List<IroAllocation>> allAllocations(AuthorityCode authority) {
        Map<ChildId, List<IroAllocation>> all = new LinkedHashMap<>();
        allocations.forEach((key, history) -> {
            if (key.authority().equals(authority)) {
                all.put(ChildId.of(key.id()), history);
            }
        });
        return all;
    }
}
