package org.openiro.reviews;

import org.openiro.shared.NotFound;

public class UnknownBooking extends NotFound {
    public UnknownBooking(String id) {
        super("no booking " + id + " for this child");
    }
}
