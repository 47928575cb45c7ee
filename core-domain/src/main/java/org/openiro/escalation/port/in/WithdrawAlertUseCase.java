package org.openiro.escalation.port.in;

/** The IRO withdraws an alert. */
public interface WithdrawAlertUseCase {

    /** Withdraws the alert, with the reason; nothing more is written to it afterwards. */
    AlertView withdraw(WithdrawAlertCommand command);
}
