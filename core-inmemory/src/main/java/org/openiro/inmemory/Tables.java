package org.openiro.inmemory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every in-memory adapter keeps: maps of immutable values (records, copied lists), which
 * {@link InMemoryUnitOfWork} copies when a unit of work starts and puts back when it fails, so that a use case's
 * changes are kept together or not at all, as a database transaction keeps them. Counters that hand out numbers (an
 * outbox sequence, an entry's sequence) are not put back, as a database sequence is not.
 */
public abstract class Tables {

    private final List<Map<Object, Object>> tables = new ArrayList<>();

    /** A new table of this adapter, in insertion order; its values must not change once put in it. */
    @SuppressWarnings("unchecked")
    protected final synchronized <K, V> Map<K, V> table() {
        Map<Object, Object> table = new LinkedHashMap<>();
        tables.add(table);
        return (Map<K, V>) (Map<?, ?>) table;
    }

    /** A copy of every table, and how to put it back. */
    final synchronized Runnable snapshot() {
        List<Map<Object, Object>> copies = new ArrayList<>();
        for (Map<Object, Object> table : tables) {
            copies.add(new LinkedHashMap<>(table));
        }
        return () -> {
            synchronized (this) {
                for (int i = 0; i < tables.size(); i++) {
                    tables.get(i).clear();
                    tables.get(i).putAll(copies.get(i));
                }
            }
        };
    }
}
