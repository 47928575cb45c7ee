package org.openiro.architecture.badexamples.events.feature;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openiro.architecture.badexamples.events.catalogue.Event;

/** Broken: a feature's event building its own data map, beside the catalogue. */
public record MapBuildingEvent(String id) implements Event {
    @Override
    public String type() {
        return "thing.happened";
    }

    public Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id);
        return data;
    }
}
