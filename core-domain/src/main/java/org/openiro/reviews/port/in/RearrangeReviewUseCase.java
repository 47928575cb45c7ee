package org.openiro.reviews.port.in;

import static org.openiro.shared.InvalidInput.required;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.reviews.BookingView;

/** A booked review moves to another day, for a reason. */
public interface RearrangeReviewUseCase {

    /**
     * The booking, its new day and why; {@code expectedVersion} is the version the change was made against (If-Match),
     * or null for whatever is stored.
     */
    record RearrangeReviewCommand(AuthorityCode authority, ChildId child, String bookingId, LocalDate newDate,
                                  String reason, Long expectedVersion) {
        public RearrangeReviewCommand {
            required("authority", authority);
            required("child", child);
            required("bookingId", bookingId);
            required("newDate", newDate);
        }
    }

    /** Rearranges the booking and says so on the outbox; {@link org.openiro.shared.StaleVersion} if it changed. */
    BookingView rearrange(RearrangeReviewCommand command);
}
