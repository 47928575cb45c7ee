package org.openiro.escalation.port.in;

import org.openiro.escalation.GoodPracticeNote;

/** The IRO records good practice they noticed in a child's care. */
public interface RecordGoodPracticeUseCase {

    /** Records the note; a day in the future is refused. */
    GoodPracticeNote record(RecordGoodPracticeCommand command);
}
