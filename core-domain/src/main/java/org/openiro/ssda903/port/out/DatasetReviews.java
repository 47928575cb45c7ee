package org.openiro.ssda903.port.out;

import java.time.LocalDate;
import java.util.List;
import org.openiro.authority.AuthorityCode;

/** The reviews and bookings the Standard Safeguarding Dataset's {@code ssd_cla_reviews} is made from, as stored. */
public interface DatasetReviews {

    /**
     * A looked-after review held.
     *
     * @param periodStart the start of the period of care it belongs to (the latest begun by its date); null if none
     * @param dueDate the due date it was measured against; null if it was never measured
     * @param held its last meeting, the review's date
     */
    record Held(String reviewId, String childId, LocalDate periodStart, LocalDate dueDate, LocalDate held,
                String participationCode) {
    }

    /** A booking, at the date it stands at now (after any rearrangement or adjournment). */
    record Booked(String bookingId, String childId, LocalDate periodStart, LocalDate date) {
    }

    /** Complete looked-after reviews whose last meeting is in the period, by child and date. */
    List<Held> reviewsHeld(AuthorityCode authority, LocalDate from, LocalDate to);

    /**
     * Bookings dated in the period for which no review was held: none names the booking, and none that names no
     * booking met on its date. By child and date.
     */
    List<Booked> bookingsNotHeld(AuthorityCode authority, LocalDate from, LocalDate to);
}
