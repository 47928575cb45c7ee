package org.openiro.escalation.port.in;

/** The IRO resolves an alert. */
public interface ResolveAlertUseCase {

    /** Resolves the alert with its outcome and impact; nothing more is written to it afterwards. */
    AlertView resolve(ResolveAlertCommand command);
}
