package org.openiro.events;

import java.util.Optional;
import org.openiro.children.ChildId;

/**
 * An event about one child: keyed by the child so all of a child's events stay in order on one partition, and its
 * subject is the child. A scan's finding carries a unique key so it is written once.
 */
public interface ChildEvent extends DomainEvent {

    ChildId childId();

    /** The key unique to a scan's finding; null for an event a request caused. */
    String uniqueKeyValue();

    @Override
    default String keyId() {
        return childId().value();
    }

    @Override
    default String subject() {
        return "children/" + childId().value();
    }

    @Override
    default Optional<String> uniqueKey() {
        return Optional.ofNullable(uniqueKeyValue());
    }
}
