package org.openiro.reviews.port.in;

import static org.openiro.shared.InvalidInput.required;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.reviews.BookingView;

/** A booked meeting is adjourned on the day, to reconvene by a later one; a booking is adjourned once at most. */
public interface AdjournReviewUseCase {

    /**
     * The booking, the day it was adjourned, why, and the day to reconvene by; {@code expectedVersion} is the version
     * the change was made against (If-Match), or null for whatever is stored.
     */
    record AdjournReviewCommand(AuthorityCode authority, ChildId child, String bookingId, LocalDate on, String reason,
                                LocalDate reconveneOn, Long expectedVersion) {
        public AdjournReviewCommand {
            required("authority", authority);
            required("child", child);
            required("bookingId", bookingId);
            required("date", on);
        }
    }

    /** Adjourns the booking and says so on the outbox; {@link org.openiro.shared.StaleVersion} if it changed. */
    BookingView adjourn(AdjournReviewCommand command);
}
