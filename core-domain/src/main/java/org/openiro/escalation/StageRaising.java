package org.openiro.escalation;

import java.time.LocalDate;

/**
 * An alert raised at one stage of the ladder: with whom, on what day, by when they must answer (the stage's working
 * days after it), and their answer once given.
 */
public record StageRaising(String stage, Person raisedWith, LocalDate on, LocalDate dueBy, String reason,
                           Response response) {

    public record Response(LocalDate respondedOn, Person by, String text) {
    }

    public boolean answered() {
        return response != null;
    }

    /** Answered on or before the due working day. */
    public boolean answeredInTimescale() {
        return response != null && !response.respondedOn().isAfter(dueBy);
    }

    StageRaising answered(Response answer) {
        return new StageRaising(stage, raisedWith, on, dueBy, reason, answer);
    }
}
