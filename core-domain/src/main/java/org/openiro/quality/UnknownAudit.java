package org.openiro.quality;

import org.openiro.shared.NotFound;

public class UnknownAudit extends NotFound {
    public UnknownAudit(String id) {
        super("no audit " + id + " in this authority");
    }
}
