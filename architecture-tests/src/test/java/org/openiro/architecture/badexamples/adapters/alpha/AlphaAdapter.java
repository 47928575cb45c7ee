package org.openiro.architecture.badexamples.adapters.alpha;

import org.openiro.architecture.badexamples.adapters.beta.BetaAdapter;

/** Rule 2 broken: one adapter calling another, which calls it back. */
public class AlphaAdapter {

    public String describe(BetaAdapter beta) {
        return "alpha with " + beta.name();
    }

    public String name() {
        return "alpha";
    }
}
