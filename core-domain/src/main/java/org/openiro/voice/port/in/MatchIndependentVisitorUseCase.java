package org.openiro.voice.port.in;

import static org.openiro.shared.InvalidInput.required;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.shared.InvalidInput;
import org.openiro.voice.IndependentVisitor;

/** A manager records the child's Independent Visitor match, and when it ended. */
public interface MatchIndependentVisitorUseCase {

    /** The day of the match, and the day it ended (null while it goes on, never before the match). */
    record MatchIndependentVisitorCommand(AuthorityCode authority, ChildId child, LocalDate matchedOn,
                                          LocalDate endedOn) {
        public MatchIndependentVisitorCommand {
            required("authority", authority);
            required("child", child);
            required("matchedOn", matchedOn);
            if (endedOn != null && endedOn.isBefore(matchedOn)) {
                throw new InvalidInput("endedOn", "must not be before the match");
            }
        }
    }

    /** The match as stored, and whether it was new. */
    record Matched(IndependentVisitor visitor, boolean created) {
    }

    /** Records the match (neither day in the future), replacing any before. */
    Matched match(MatchIndependentVisitorCommand command);
}
