package org.openiro.reviews.port.in;

import static org.openiro.shared.InvalidInput.required;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.reviews.BringForwardReason;
import org.openiro.reviews.NextReview;

/** The IRO directs that the child's next review be held earlier (reg. 33(3)). */
public interface BringReviewForwardUseCase {

    /** The day the next review is now due by at the latest, and why. */
    record BringReviewForwardCommand(AuthorityCode authority, ChildId child, LocalDate dueBy,
                                     BringForwardReason reason) {
        public BringReviewForwardCommand {
            required("authority", authority);
            required("child", child);
            required("dueBy", dueBy);
            required("reason", reason);
        }
    }

    /** Records the direction and answers the child's next review, now due by that day at the latest. */
    NextReview bringForward(BringReviewForwardCommand command);
}
