package org.openiro.architecture.badexamples.library;

import io.micronaut.core.annotation.Introspected;
import org.openiro.architecture.badexamples.domain.CleanValue;

/** The library rule broken: an "in-memory adapter" that brings the framework with it. */
@Introspected
public final class FrameworkAdapter {

    private CleanValue stored;

    public void save(CleanValue value) {
        stored = value;
    }

    public CleanValue find() {
        return stored;
    }
}
