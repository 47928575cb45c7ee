package org.openiro.voice.port.in;

import static org.openiro.shared.InvalidInput.required;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.LocalId;
import org.openiro.voice.Feedback;

/** Someone records feedback on the service from a child, parent, carer or professional. */
public interface RecordFeedbackUseCase {

    /**
     * Who it is from ({@link Feedback#FROM}), the day, the child and IRO it is about (each optional), a rating of 1 to
     * 5 (optional) and the text.
     */
    record RecordFeedbackCommand(AuthorityCode authority, String from, LocalDate on, String childId, String iroId,
                                 Integer rating, String text) {
        public RecordFeedbackCommand {
            required("authority", authority);
            if (!Feedback.FROM.contains(from)) {
                throw new InvalidInput("from", "must be child, parent, carer or professional");
            }
            if (rating != null && (rating < 1 || rating > 5)) {
                throw new InvalidInput("rating", "must be 1 to 5");
            }
            if (iroId != null) {
                LocalId.require("iroId", iroId);
            }
        }
    }

    /** Records the feedback (not in the future; the child, when named, on the register). */
    Feedback record(RecordFeedbackCommand command);
}
