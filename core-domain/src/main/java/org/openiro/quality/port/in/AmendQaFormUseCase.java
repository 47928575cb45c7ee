package org.openiro.quality.port.in;

import static org.openiro.shared.InvalidInput.required;

import java.time.LocalDate;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.quality.ReviewQa;

/** The IRO corrects a QA form: its answers (against the version it was completed under), notes, or date. */
public interface AmendQaFormUseCase {

    /** The form as it is to be: every answer, the notes and the completion date. */
    record Amendment(Map<String, ?> answers, String notes, LocalDate completedOn) {
    }

    /** The review, the version of its form the change was made against, and the form as it is to be. */
    record AmendQaFormCommand(AuthorityCode authority, ChildId child, String reviewId, long expectedVersion,
                              Amendment amendment) {
        public AmendQaFormCommand {
            required("authority", authority);
            required("child", child);
            required("reviewId", reviewId);
            required("amendment", amendment);
        }
    }

    /** @throws org.openiro.shared.StaleVersion when the form changed meanwhile */
    ReviewQa amend(AmendQaFormCommand command);
}
