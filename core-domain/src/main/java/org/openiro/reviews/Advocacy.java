package org.openiro.reviews;

import java.util.Set;
import org.openiro.shared.InvalidInput;

/** Whether the child had an independent advocate for the review, of which kind, from which provider. */
public record Advocacy(String status, String type, String provider) {

    public static final Set<String> STATUSES = Set.of("has-advocate", "offered-declined", "referred", "not-applicable");
    public static final Set<String> TYPES = Set.of("instructed", "non-instructed");

    public Advocacy {
        if (!STATUSES.contains(status)) {
            throw new InvalidInput("advocacy.status", "must be has-advocate, offered-declined, referred or not-applicable");
        }
        if (type != null && !TYPES.contains(type)) {
            throw new InvalidInput("advocacy.type", "must be instructed or non-instructed");
        }
        if (type != null && !status.equals("has-advocate")) {
            throw new InvalidInput("advocacy.type", "a type is given only when the child has an advocate");
        }
    }
}
