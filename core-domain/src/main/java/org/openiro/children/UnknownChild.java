package org.openiro.children;

import org.openiro.shared.NotFound;

public class UnknownChild extends NotFound {
    public UnknownChild(ChildId id) {
        super("no child " + id + " in this authority");
    }
}
