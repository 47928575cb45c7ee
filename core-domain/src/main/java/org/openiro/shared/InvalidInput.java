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

    public List<FieldError> errors() {
        return errors;
    }
}
