package org.openiro.architecture.badexamples.leak.thing;

import org.openiro.architecture.badexamples.leak.db.ThingRow;

/** Rule 5 broken: a domain class built from a persistence entity. */
public record RowAwareThing(String id, String name) {

    public static RowAwareThing of(ThingRow row) {
        return new RowAwareThing(row.id, row.name);
    }
}
