package org.openiro.architecture.badexamples.controllers.thing.port.out;

import org.openiro.architecture.badexamples.controllers.thing.Thing;
import java.util.Optional;

/** An out-port: the use case's business, never a controller's. */
public interface ThingRepository {

    Optional<Thing> find(String id);
}
