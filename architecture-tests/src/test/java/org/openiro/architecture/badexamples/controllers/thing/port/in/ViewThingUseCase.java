package org.openiro.architecture.badexamples.controllers.thing.port.in;

import org.openiro.architecture.badexamples.controllers.thing.Thing;

/** A use case: what controllers should call. */
public interface ViewThingUseCase {

    Thing view(String id);
}
