package org.openiro.events;

import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;

/**
 * One person to tell, on {@code iro.notifications} keyed by the recipient, so each person's messages stay in order.
 * It says why (the event that caused it) and where to look (a {@link Link}, which the API checks the reader's rights
 * to).
 *
 * @param email null when the service has no address for them (a role rather than a person)
 */
public record Notification(AuthorityCode authority, ChildId childId, String recipientId, String recipientRole,
                           String email, EventType reason, Link link, String uniqueKeyValue) implements ChildEvent {

    @Override
    public String type() {
        return EventType.NOTIFICATION.id();
    }

    @Override
    public String topic() {
        return EventType.NOTIFICATION.topic();
    }

    /** Keyed by the recipient, not the child: each person's messages stay in order. */
    @Override
    public String keyId() {
        return recipientId;
    }

    @Override
    public Map<String, Object> data() {
        return EventCatalogue.data(this);
    }
}
