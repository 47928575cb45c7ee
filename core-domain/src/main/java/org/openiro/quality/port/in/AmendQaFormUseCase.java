package org.openiro.quality.port.in;

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

    /**
     * @param expectedVersion the version the change was made against
     * @throws org.openiro.shared.StaleVersion when the form changed meanwhile
     */
    ReviewQa amend(AuthorityCode authority, ChildId child, String reviewId, long expectedVersion, Amendment amendment);
}
