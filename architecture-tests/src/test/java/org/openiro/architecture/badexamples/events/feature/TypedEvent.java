package org.openiro.architecture.badexamples.events.feature;

import java.util.Map;
import org.openiro.architecture.badexamples.events.catalogue.Event;

/** Fine: it says its type and carries typed facts, reading a map it was given but building none. */
public record TypedEvent(String id, Map<String, Object> answers) implements Event {
    @Override
    public String type() {
        return "thing.done";
    }

    public int answered() {
        return answers.size();
    }
}
