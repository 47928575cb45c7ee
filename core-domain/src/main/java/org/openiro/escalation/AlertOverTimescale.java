package org.openiro.escalation;

import java.util.Optional;
import org.openiro.events.EventType;

/** The scan found the alert still open past the escalation limit: told once an alert. */
public record AlertOverTimescale(Alert alert) implements AlertEvent {

    @Override
    public EventType eventType() {
        return EventType.ALERT_OVER_TIMESCALE;
    }

    @Override
    public Optional<String> scanKey() {
        return Optional.of("limit");
    }
}
