package org.openiro.architecture.badexamples.cycle.third;

import org.openiro.architecture.badexamples.cycle.first.First;

/** What rule 4 allows: a feature using another without being used back. */
public class Third {

    public First first() {
        return new First();
    }
}
