package org.openiro.architecture.badexamples.controllers.web;

import io.micronaut.http.annotation.Controller;
import org.openiro.architecture.badexamples.controllers.thing.Thing;
import org.openiro.architecture.badexamples.controllers.thing.port.in.ViewThingUseCase;

/** What rule 3 allows: a controller calling a use case and mapping a domain type. */
@Controller("/good")
public class GoodThingController {

    private final ViewThingUseCase view;

    public GoodThingController(ViewThingUseCase view) {
        this.view = view;
    }

    public String name(String id) {
        Thing thing = view.view(id);
        return thing.name();
    }
}
