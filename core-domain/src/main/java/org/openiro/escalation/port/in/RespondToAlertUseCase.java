package org.openiro.escalation.port.in;

/** The person an alert is raised with answers it. */
public interface RespondToAlertUseCase {

    /**
     * Records the answer at the alert's current stage; a social worker answers only an alert raised with them, and
     * in their own name.
     */
    AlertView respond(RespondToAlertCommand command);
}
