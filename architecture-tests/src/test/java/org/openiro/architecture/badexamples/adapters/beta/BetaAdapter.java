package org.openiro.architecture.badexamples.adapters.beta;

import org.openiro.architecture.badexamples.adapters.alpha.AlphaAdapter;

/** Rule 2 broken: the other half of {@link AlphaAdapter}'s mistake. */
public class BetaAdapter {

    public String describe(AlphaAdapter alpha) {
        return "beta with " + alpha.name();
    }

    public String name() {
        return "beta";
    }
}
