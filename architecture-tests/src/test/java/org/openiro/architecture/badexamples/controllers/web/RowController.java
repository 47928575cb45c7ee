package org.openiro.architecture.badexamples.controllers.web;

import io.micronaut.http.annotation.Controller;
import org.openiro.architecture.badexamples.controllers.db.ThingRow;

/** Rule 3 broken: a controller handling another adapter's rows. */
@Controller("/rows")
public class RowController {

    public String name(ThingRow row) {
        return row.name();
    }
}
