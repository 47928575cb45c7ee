package org.openiro.escalation.port.in;

/** The IRO raises an alert (or a partner escalation) for a child: the dispute resolution process starts. */
public interface RaiseAlertUseCase {

    /**
     * Raises the alert under the authority's policy of the day and tells the person raised with, the child's social
     * worker and IRO.
     */
    AlertView raise(RaiseAlertCommand command);
}
