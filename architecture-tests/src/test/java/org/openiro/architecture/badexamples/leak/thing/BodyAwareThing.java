package org.openiro.architecture.badexamples.leak.thing;

import org.openiro.architecture.badexamples.leak.web.ThingBody;

/** Rule 5 broken: a domain class built from an HTTP request body. */
public record BodyAwareThing(String name) {

    public static BodyAwareThing of(ThingBody body) {
        return new BodyAwareThing(body.name());
    }
}
