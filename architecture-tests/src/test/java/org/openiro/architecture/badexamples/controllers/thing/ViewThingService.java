package org.openiro.architecture.badexamples.controllers.thing;

import org.openiro.architecture.badexamples.controllers.thing.port.in.ViewThingUseCase;
import org.openiro.architecture.badexamples.controllers.thing.port.out.ThingRepository;

/** The plain class behind the use case. */
public class ViewThingService implements ViewThingUseCase {

    private final ThingRepository things;

    public ViewThingService(ThingRepository things) {
        this.things = things;
    }

    @Override
    public Thing view(String id) {
        return things.find(id).orElseThrow();
    }
}
