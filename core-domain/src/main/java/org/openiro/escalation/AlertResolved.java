package org.openiro.escalation;

import org.openiro.events.EventType;

/** The alert was resolved; nothing more is written to it. */
public record AlertResolved(Alert alert) implements AlertEvent {

    @Override
    public EventType eventType() {
        return EventType.ALERT_RESOLVED;
    }
}
