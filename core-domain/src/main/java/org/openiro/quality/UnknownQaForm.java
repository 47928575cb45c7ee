package org.openiro.quality;

import org.openiro.shared.NotFound;

public class UnknownQaForm extends NotFound {
    public UnknownQaForm(String reviewId) {
        super("review " + reviewId + " has no QA form yet; POST one");
    }
}
