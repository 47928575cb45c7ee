package org.openiro.quality.port.in;

import static org.openiro.shared.InvalidInput.required;

import java.time.LocalDate;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.quality.ReviewQa;

/** The child's IRO (or a manager) completes the QA form after a review: once per review. */
public interface CompleteQaFormUseCase {

    /**
     * @param answers     question id to answer, as JSON decodes it (a string, or a number for a rating)
     * @param completedOn null for today
     * @param completedBy the username of whoever completes it
     */
    record Completion(Map<String, ?> answers, String notes, LocalDate completedOn, String completedBy) {
    }

    /** The review and its form as completed. */
    record CompleteQaFormCommand(AuthorityCode authority, ChildId child, String reviewId, Completion completion) {
        public CompleteQaFormCommand {
            required("authority", authority);
            required("child", child);
            required("reviewId", reviewId);
            required("completion", completion);
        }
    }

    /** @throws org.openiro.shared.Conflict when the review already has its form, or its series is not complete */
    ReviewQa complete(CompleteQaFormCommand command);
}
