package org.openiro.children;

import java.util.Objects;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.LocalId;

/** The child's allocated local-authority social worker, and the team manager alerts escalate to first. */
public record SocialWorker(String id, String name, String email, String team, Person teamManager) {

    /** Someone notifications can reach: an id in the authority's own directory, a name and an email address. */
    public record Person(String id, String name, String email) {
        public Person {
            LocalId.require("teamManager.id", id);
            Objects.requireNonNull(name, "name");
            Email.require("teamManager.email", email);
        }
    }

    public SocialWorker {
        LocalId.require("id", id);
        Objects.requireNonNull(name, "name");
        Email.require("email", email);
    }

    /** The shape of an email address, enough to refuse a typo; delivery is the notification service's business. */
    static final class Email {
        private Email() {
        }

        static void require(String field, String email) {
            if (email == null || !email.matches("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s.]{2,}")) {
                throw new InvalidInput(field, "must be an email address");
            }
        }
    }
}
