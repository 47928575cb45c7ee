package org.openiro.escalation.port.in;

/** The daily look over every open alert, run by the application on a schedule. */
public interface ScanAlertsUseCase {

    /**
     * Finds late responses (told once a stage) and alerts past the escalation limit (once each), in every authority;
     * answers how many it found.
     */
    int scan();
}
