package org.openiro.architecture.badexamples.library;

import java.util.ArrayList;
import java.util.List;
import org.openiro.architecture.badexamples.domain.CleanValue;

/** The library rule kept: an in-memory adapter of plain Java over the domain's own types. */
public final class PlainAdapter {

    private final List<CleanValue> stored = new ArrayList<>();

    public synchronized void save(CleanValue value) {
        stored.add(value);
    }

    public synchronized List<CleanValue> all() {
        return List.copyOf(stored);
    }
}
