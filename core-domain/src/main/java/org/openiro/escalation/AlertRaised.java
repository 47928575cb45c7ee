package org.openiro.escalation;

import org.openiro.events.EventType;

/** The IRO raised the alert, at whatever stage of the ladder they chose. */
public record AlertRaised(Alert alert) implements AlertEvent {

    @Override
    public EventType eventType() {
        return EventType.ALERT_RAISED;
    }
}
