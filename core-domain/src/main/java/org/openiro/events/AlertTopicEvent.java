package org.openiro.events;

import java.util.Map;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;

/**
 * An event on {@code iro.alerts}, keyed by the child, as the {@link EventCatalogue} publishes it. The dispute
 * resolution process's own {@code AlertEvent} types implement it: they say which type they are and what they tell of
 * the alert, and the catalogue makes the event of it.
 */
public interface AlertTopicEvent extends ChildEvent {

    EventType eventType();

    AlertFacts facts();

    /**
     * For a scan's finding, what makes it once-only within the alert (the stage whose response is late, or
     * {@code limit}); empty for a step a person took.
     */
    Optional<String> scanKey();

    @Override
    default String type() {
        return eventType().id();
    }

    @Override
    default String topic() {
        return eventType().topic();
    }

    @Override
    default AuthorityCode authority() {
        return facts().authority();
    }

    @Override
    default ChildId childId() {
        return facts().childId();
    }

    @Override
    default String uniqueKeyValue() {
        return EventCatalogue.uniqueKey(this).orElse(null);
    }

    @Override
    default Map<String, Object> data() {
        return EventCatalogue.data(this);
    }
}
