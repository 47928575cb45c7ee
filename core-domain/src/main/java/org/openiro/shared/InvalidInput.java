package org.openiro.shared;

import java.util.List;

/** The request can never succeed as written: a domain rule about the request itself was broken. */
public class InvalidInput extends DomainException {
    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    /**
     * The value a command cannot do without: answers it, or refuses the command naming the field. Commands call this
     * in their constructors, so a command that exists is whole.
     */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInput(field, "is required");
        }
        return value;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
