package org.openiro.escalation;

import org.openiro.events.EventType;

/** The alert was withdrawn; nothing more is written to it. */
public record AlertWithdrawn(Alert alert) implements AlertEvent {

    @Override
    public EventType eventType() {
        return EventType.ALERT_WITHDRAWN;
    }
}
