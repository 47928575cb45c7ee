package org.openiro.reviews.port.in;

import static org.openiro.shared.InvalidInput.required;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.reviews.MidwayReview;

/** The IRO records a midway review between two reviews; where the policy says so, drift found raises an alert. */
public interface RecordMidwayReviewUseCase {

    /** The day it was held, whether with the child, whether drift was found, and notes. */
    record RecordMidwayReviewCommand(AuthorityCode authority, ChildId child, LocalDate date, boolean withChild,
                                     boolean driftIdentified, String notes) {
        public RecordMidwayReviewCommand {
            required("authority", authority);
            required("child", child);
            required("date", date);
        }
    }

    /** Records the midway review (not in the future, on a day the child was looked after). */
    MidwayReview record(RecordMidwayReviewCommand command);
}
