package org.openiro.reviews;

import java.util.Set;
import org.openiro.shared.InvalidInput;

/** Whether a party invited to contribute was sent a consultation form, and returned it. */
public record Consultation(String party, boolean sent, boolean returned) {

    public static final Set<String> PARTIES = Set.of("child", "parent", "carer", "school", "health", "other-agency");

    public Consultation {
        if (!PARTIES.contains(party)) {
            throw new InvalidInput("consultation.party", "must be child, parent, carer, school, health or other-agency");
        }
        if (returned && !sent) {
            throw new InvalidInput("consultation.returned", "a form that was not sent cannot be returned");
        }
    }
}
