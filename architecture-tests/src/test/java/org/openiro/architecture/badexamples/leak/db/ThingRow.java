package org.openiro.architecture.badexamples.leak.db;

import io.micronaut.data.annotation.MappedEntity;

/** A persistence entity. */
@MappedEntity("thing")
public class ThingRow {

    public String id;
    public String name;
}
