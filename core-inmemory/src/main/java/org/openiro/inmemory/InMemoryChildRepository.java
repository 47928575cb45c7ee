package org.openiro.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.port.out.ChildRepository;

/**
 * The register of children. {@link Child} is immutable, so the child stored is the child answered. A child loaded
 * for a change is held by {@link InMemoryUnitOfWork}, which runs one unit of work at a time.
 */
public final class InMemoryChildRepository extends Tables implements ChildRepository {

    private final Map<Key, Child> children = table();

    @Override
    public synchronized Optional<Child> find(AuthorityCode authority, ChildId id) {
        return Optional.ofNullable(children.get(Key.of(authority, id)));
    }

    @Override
    public Optional<Child> findForChange(AuthorityCode authority, ChildId id) {
        return find(authority, id);
    }

    @Override
    public synchronized List<ChildId> idsOf(AuthorityCode authority) {
        return children.keySet().stream().filter(k -> k.authority().equals(authority)).map(k -> ChildId.of(k.id()))
                .sorted(Comparator.comparing(ChildId::value)).toList();
    }

    @Override
    public synchronized boolean save(Child child) {
        return children.put(Key.of(child.authority(), child.id()), child) == null;
    }

    /** Every child of the authority, in order of their ids: for the adapters that count and list. */
    synchronized List<Child> all(AuthorityCode authority) {
        return children.values().stream().filter(c -> c.authority().equals(authority))
                .sorted(Comparator.comparing(c -> c.id().value())).toList();
    }
}
