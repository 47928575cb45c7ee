package org.openiro.architecture.badexamples.controllers.thing;

/** A domain type: controllers may map it. */
public record Thing(String id, String name) {
}
