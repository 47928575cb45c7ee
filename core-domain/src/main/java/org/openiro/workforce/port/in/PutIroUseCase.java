package org.openiro.workforce.port.in;

import static org.openiro.shared.InvalidInput.required;

import org.openiro.authority.AuthorityCode;
import org.openiro.workforce.Iro;

/** A manager adds an IRO to the service, or corrects what is recorded of them. */
public interface PutIroUseCase {

    /** The IRO as they should be recorded. */
    record PutIroCommand(AuthorityCode authority, Iro iro) {
        public PutIroCommand {
            required("authority", authority);
            required("iro", iro);
        }
    }

    /** The IRO as stored, and whether they were new. */
    record Saved(Iro iro, boolean created) {
    }

    /** Adds the IRO, or replaces what is recorded of them: safe to send again. */
    Saved put(PutIroCommand command);
}
