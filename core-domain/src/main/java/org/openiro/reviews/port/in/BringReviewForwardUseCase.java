package org.openiro.reviews.port.in;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.reviews.BringForwardReason;
import org.openiro.reviews.NextReview;

/** The IRO directs that the child's next review be held earlier (reg. 33(3)). */
public interface BringReviewForwardUseCase {

    /** Records the direction and answers the child's next review, now due by that day at the latest. */
    NextReview bringForward(AuthorityCode authority, ChildId child, LocalDate dueBy, BringForwardReason reason);
}
