package org.openiro.shared;

/** A refusal with a meaning in the domain; the HTTP edge maps each kind once to a status. */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message);
    }
}
