package org.openiro.escalation;

import java.util.Optional;
import org.openiro.events.EventType;

/** The scan found the current stage's answer late: told once a stage, however often the scan finds it. */
public record AlertResponseOverdue(Alert alert) implements AlertEvent {

    @Override
    public EventType eventType() {
        return EventType.ALERT_RESPONSE_OVERDUE;
    }

    @Override
    public Optional<String> scanKey() {
        return Optional.of(alert.current().stage());
    }
}
