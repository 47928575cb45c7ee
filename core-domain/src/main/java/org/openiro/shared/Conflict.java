package org.openiro.shared;

/** The request is well formed but conflicts with the current state; it might succeed in another. */
public class Conflict extends DomainException {
    private final String field;

    public Conflict(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field the conflict is about, or null when it is about the request as a whole. */
    public String field() {
        return field;
    }
}
