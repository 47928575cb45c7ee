package org.openiro.children;

import org.openiro.shared.LocalId;

/** A child's id in the authority's own case system, so a record can be PUT again safely. */
public record ChildId(String value) {
    public ChildId {
        LocalId.require("childId", value);
    }

    public static ChildId of(String value) {
        return new ChildId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
