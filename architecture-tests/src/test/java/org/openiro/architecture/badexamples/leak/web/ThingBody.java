package org.openiro.architecture.badexamples.leak.web;

import io.micronaut.serde.annotation.Serdeable;

/** An HTTP DTO. */
@Serdeable
public record ThingBody(String name) {
}
