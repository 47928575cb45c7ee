package org.openiro.escalation.port.in;

/** The IRO refers the child's case to Cafcass, at any point of an alert. */
public interface ReferToCafcassUseCase {

    /** Records the referral on the alert; its stage does not change. */
    AlertView refer(ReferToCafcassCommand command);
}
