package org.openiro.architecture.badexamples.leak.thing.port.out;

import org.openiro.architecture.badexamples.leak.db.ThingRow;
import java.util.Optional;

/** Rule 5 broken: an out-port that speaks in the adapter's rows instead of domain types. */
public interface RowReturningStore {

    Optional<ThingRow> find(String id);

    void save(ThingRow row);
}
