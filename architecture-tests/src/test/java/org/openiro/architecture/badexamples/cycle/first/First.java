package org.openiro.architecture.badexamples.cycle.first;

import org.openiro.architecture.badexamples.cycle.second.port.in.SecondUseCase;

/** Rule 4 broken: first uses second (through its port subpackage), and second uses first. */
public class First {

    public String call(SecondUseCase second) {
        return second.run(this);
    }
}
