package org.openiro.escalation;

import org.openiro.events.EventType;

/** The person the alert is raised with answered at its current stage. */
public record AlertResponded(Alert alert) implements AlertEvent {

    @Override
    public EventType eventType() {
        return EventType.ALERT_RESPONDED;
    }
}
