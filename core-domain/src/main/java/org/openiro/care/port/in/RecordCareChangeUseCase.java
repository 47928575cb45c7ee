package org.openiro.care.port.in;

import org.openiro.care.CareChange;
import org.openiro.care.ChildRecord;

/** A manager records what changes within a period of care, and its end. Each may move the next review. */
public interface RecordCareChangeUseCase {

    /** Records the change and answers the child as they now stand, with their next review measured again. */
    ChildRecord record(CareChange command);
}
