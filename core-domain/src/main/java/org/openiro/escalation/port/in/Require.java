package org.openiro.escalation.port.in;

import java.util.List;
import org.openiro.shared.InvalidInput;

/** The checks the alert commands make of themselves, each refusal naming its field. */
final class Require {

    private Require() {
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidInput(field, "is required");
        }
        return value;
    }

    /** A list given or not; an absent one is empty, so the domain need not ask. */
    static List<String> listOrEmpty(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
