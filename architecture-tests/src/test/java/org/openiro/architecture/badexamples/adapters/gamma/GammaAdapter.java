package org.openiro.architecture.badexamples.adapters.gamma;

import org.openiro.architecture.badexamples.adapters.app.Wiring;

/** Rule 2 broken the other way: an adapter that reaches out to the application that wires it. */
public class GammaAdapter {

    public Wiring wiring() {
        return new Wiring();
    }
}
