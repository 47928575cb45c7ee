package org.openiro.escalation;

import org.openiro.events.EventType;

/** The alert went up its ladder to a new person, whose answer is now due. */
public record AlertEscalated(Alert alert) implements AlertEvent {

    @Override
    public EventType eventType() {
        return EventType.ALERT_ESCALATED;
    }
}
