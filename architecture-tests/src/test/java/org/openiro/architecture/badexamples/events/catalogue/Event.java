package org.openiro.architecture.badexamples.events.catalogue;

/** The events package's event: what a feature's event says of itself. */
public interface Event {
    String type();
}
