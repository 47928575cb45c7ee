package org.openiro.access;

import org.openiro.shared.DomainException;

/** The caller can see the resource but their role may not do this to it. */
public class Forbidden extends DomainException {
    public Forbidden(String message) {
        super(message);
    }
}
