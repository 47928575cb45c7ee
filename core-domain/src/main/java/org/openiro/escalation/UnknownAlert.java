package org.openiro.escalation;

import org.openiro.shared.NotFound;

public class UnknownAlert extends NotFound {
    public UnknownAlert(String id) {
        super("no alert " + id + " in this authority");
    }
}
