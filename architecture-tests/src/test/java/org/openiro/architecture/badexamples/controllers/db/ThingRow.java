package org.openiro.architecture.badexamples.controllers.db;

/** A class of another adapter (persistence). */
public record ThingRow(String id, String name) {
}
