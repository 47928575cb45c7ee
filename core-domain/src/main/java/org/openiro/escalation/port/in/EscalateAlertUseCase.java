package org.openiro.escalation.port.in;

/** The IRO takes an alert up its ladder. */
public interface EscalateAlertUseCase {

    /** Raises the alert to a higher stage with a new person, whose answer is then due; upwards only. */
    AlertView escalate(EscalateAlertCommand command);
}
