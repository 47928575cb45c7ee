package org.openiro.children.port.out;

import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.Child;
import org.openiro.children.ChildId;

/** The register of children, one authority at a time. */
public interface ChildRepository {

    /** The child with their whole care history; empty when the authority has no such child. */
    Optional<Child> find(AuthorityCode authority, ChildId id);

    /**
     * The child, for a use case that cannot go on without them.
     *
     * @throws org.openiro.children.UnknownChild when the authority has no such child
     */
    default Child require(AuthorityCode authority, ChildId id) {
        return find(authority, id).orElseThrow(() -> new org.openiro.children.UnknownChild(id));
    }

    /**
     * The child held for a change until the unit of work ends (see {@link #findForChange}).
     *
     * @throws org.openiro.children.UnknownChild when the authority has no such child
     */
    default Child requireForChange(AuthorityCode authority, ChildId id) {
        return findForChange(authority, id).orElseThrow(() -> new org.openiro.children.UnknownChild(id));
    }

    /**
     * Loads the child for a change, holding their row until the unit of work ends, so that two changes to one child
     * happen one after the other and neither is lost.
     */
    Optional<Child> findForChange(AuthorityCode authority, ChildId id);

    /** Every child on the authority's register, in order of their ids. */
    java.util.List<ChildId> idsOf(AuthorityCode authority);

    /** Saves the child and their whole care history; answers true when the child was new. */
    boolean save(Child child);
}
