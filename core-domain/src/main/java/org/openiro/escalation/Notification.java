package org.openiro.escalation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.children.ChildEvent;
import org.openiro.events.Topics;

/**
 * One person to tell, on {@code iro.notifications} keyed by the recipient, so each person's messages stay in order.
 * It says why (the event that caused it) and where to look (an API path, which checks the reader's rights).
 */
public record Notification(AuthorityCode authority, ChildId childId, Recipient recipient, String reason,
                           String link, String uniqueKeyValue) implements ChildEvent {

    @Override
    public String type() {
        return "notification";
    }

    @Override
    public String topic() {
        return Topics.NOTIFICATIONS;
    }

    /** Keyed by the recipient, not the child: each person's messages stay in order. */
    @Override
    public String keyId() {
        return recipient.id();
    }



    @Override
    public Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("authority", authority.value());
        data.put("childId", childId.value());
        Map<String, Object> to = new LinkedHashMap<>();
        to.put("id", recipient.id());
        to.put("role", recipient.role());
        to.put("email", recipient.email());
        data.put("recipient", to);
        data.put("reason", reason);
        data.put("link", link);
        return data;
    }
}
