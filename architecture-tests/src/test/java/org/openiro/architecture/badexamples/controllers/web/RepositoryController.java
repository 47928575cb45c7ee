package org.openiro.architecture.badexamples.controllers.web;

import io.micronaut.http.annotation.Controller;
import org.openiro.architecture.badexamples.controllers.thing.port.out.ThingRepository;

/** Rule 3 broken: a controller going straight to an out-port. */
@Controller("/repository")
public class RepositoryController {

    private final ThingRepository things;

    public RepositoryController(ThingRepository things) {
        this.things = things;
    }

    public boolean exists(String id) {
        return things.find(id).isPresent();
    }
}
