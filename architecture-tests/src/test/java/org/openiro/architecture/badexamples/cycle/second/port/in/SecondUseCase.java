package org.openiro.architecture.badexamples.cycle.second.port.in;

import org.openiro.architecture.badexamples.cycle.first.First;

/** The other half of the cycle. */
public interface SecondUseCase {

    String run(First first);
}
