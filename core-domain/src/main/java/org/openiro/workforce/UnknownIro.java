package org.openiro.workforce;

import org.openiro.shared.NotFound;

public class UnknownIro extends NotFound {
    public UnknownIro(String id) {
        super("no IRO " + id + " in this authority");
    }
}
