package org.openiro.architecture.badexamples.adapters.app;

import org.openiro.architecture.badexamples.adapters.alpha.AlphaAdapter;
import org.openiro.architecture.badexamples.adapters.beta.BetaAdapter;
import org.openiro.architecture.badexamples.adapters.gamma.GammaAdapter;

/** What rule 2 allows: the application knowing every adapter. */
public class Wiring {

    public String wire(AlphaAdapter alpha, BetaAdapter beta, GammaAdapter gamma) {
        return alpha.name() + beta.name() + gamma;
    }
}
