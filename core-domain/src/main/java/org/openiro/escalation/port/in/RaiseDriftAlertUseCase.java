package org.openiro.escalation.port.in;

import java.util.Optional;

/** A midway review found drift: where the policy says so, an informal alert opens by itself. */
public interface RaiseDriftAlertUseCase {

    /**
     * An alert at the ladder's first stage with the person on record for its role, or none when nobody is on record
     * (the IRO then raises it by hand, naming the person).
     */
    Optional<AlertView> raise(RaiseDriftAlertCommand command);
}
