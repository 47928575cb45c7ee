package org.openiro.inmemory;

import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;

/** A record's key within its authority: every table is keyed by the authority first, as every query filters by it. */
record Key(AuthorityCode authority, String id) {

    static Key of(AuthorityCode authority, String id) {
        return new Key(authority, id);
    }

    static Key of(AuthorityCode authority, ChildId child) {
        return new Key(authority, child.value());
    }
}
