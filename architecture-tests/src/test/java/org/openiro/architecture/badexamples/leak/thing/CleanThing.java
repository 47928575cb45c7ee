package org.openiro.architecture.badexamples.leak.thing;

/** What rule 5 allows: a domain class that knows nothing of rows or bodies. */
public record CleanThing(String id, String name) {
}
