package org.openiro.reviews;

import org.openiro.shared.NotFound;

public class UnknownReview extends NotFound {
    public UnknownReview(String id) {
        super("no review " + id + " of this child");
    }
}
