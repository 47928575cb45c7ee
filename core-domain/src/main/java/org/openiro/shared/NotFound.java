package org.openiro.shared;

/** The thing asked for does not exist, or lies in another authority: callers must not be able to tell which. */
public class NotFound extends DomainException {
    public NotFound(String message) {
        super(message);
    }
}
