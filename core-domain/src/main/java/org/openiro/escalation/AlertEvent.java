package org.openiro.escalation;

import java.util.Optional;
import org.openiro.events.AlertFacts;
import org.openiro.events.AlertTopicEvent;

/**
 * A step in an alert's life, as {@link Alert}'s transitions return it: the alert as it stands after the step, and
 * which step it was. What it looks like on {@code iro.alerts} is the event catalogue's business, not the alert's.
 */
public sealed interface AlertEvent extends AlertTopicEvent
        permits AlertRaised, AlertResponded, AlertEscalated, AlertResolved, AlertWithdrawn, AlertResponseOverdue,
        AlertOverTimescale {

    /** The alert after the step. */
    Alert alert();

    @Override
    default AlertFacts facts() {
        Alert alert = alert();
        StageRaising current = alert.current();
        return new AlertFacts(alert.authority(), alert.childId(), alert.id(), current.stage(), alert.reasons(),
                current.raisedWith().id(), current.raisedWith().role().word(), current.dueBy());
    }

    /** A step a person took; the scan's findings override it. */
    @Override
    default Optional<String> scanKey() {
        return Optional.empty();
    }
}
