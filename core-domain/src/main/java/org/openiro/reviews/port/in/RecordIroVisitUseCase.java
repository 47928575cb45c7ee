package org.openiro.reviews.port.in;

import static org.openiro.shared.InvalidInput.required;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.reviews.IroVisit;
import org.openiro.shared.InvalidInput;

/** The IRO records a visit to, or weekly oversight of, a child in an unregulated placement. */
public interface RecordIroVisitUseCase {

    /** The day, the kind ({@link IroVisit#KINDS}: visit or oversight) and notes. */
    record RecordIroVisitCommand(AuthorityCode authority, ChildId child, LocalDate date, String kind, String notes) {
        public RecordIroVisitCommand {
            required("authority", authority);
            required("child", child);
            required("date", date);
            if (!IroVisit.KINDS.contains(kind)) {
                throw new InvalidInput("kind", "must be visit or oversight");
            }
        }
    }

    /** Records the visit (not in the future). */
    IroVisit record(RecordIroVisitCommand command);
}
