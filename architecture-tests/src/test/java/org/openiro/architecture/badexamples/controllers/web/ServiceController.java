package org.openiro.architecture.badexamples.controllers.web;

import io.micronaut.http.annotation.Controller;
import org.openiro.architecture.badexamples.controllers.thing.ViewThingService;

/** Rule 3 broken: a controller bound to the service class instead of the use case it implements. */
@Controller("/service")
public class ServiceController {

    private final ViewThingService service;

    public ServiceController(ViewThingService service) {
        this.service = service;
    }

    public String name(String id) {
        return service.view(id).name();
    }
}
