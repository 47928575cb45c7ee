package org.openiro.escalation.port.in;

/** The IRO takes independent legal advice, at any point of an alert. */
public interface TakeLegalAdviceUseCase {

    /** Records the advice taken on the alert; its stage does not change. */
    AlertView takeAdvice(TakeLegalAdviceCommand command);
}
