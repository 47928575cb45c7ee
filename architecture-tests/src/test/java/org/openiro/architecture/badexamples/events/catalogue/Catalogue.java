package org.openiro.architecture.badexamples.events.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;

/** Allowed: the catalogue builds the data of every event. */
public final class Catalogue {
    private Catalogue() {
    }

    public static Map<String, Object> data(Event event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", event.type());
        return data;
    }
}
