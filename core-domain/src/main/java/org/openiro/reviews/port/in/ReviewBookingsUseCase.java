package org.openiro.reviews.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.reviews.Booking;
import org.openiro.reviews.IroVisit;
import org.openiro.reviews.MidwayReview;
import org.openiro.reviews.NextReview;

/** Booking, rearranging and adjourning reviews; midway reviews; visits to children in unregulated placements. */
public interface ReviewBookingsUseCase {

    /** A booking with whether it falls after the child's current due date. */
    record BookingView(Booking booking, Optional<NextReview> next) {
        public boolean afterDueDate() {
            return next.isPresent() && booking.date().isAfter(next.get().dueDate());
        }
    }

    /** Books the child's next review for a day. */
    BookingView book(AuthorityCode authority, ChildId child, LocalDate date);

    /** {@code expectedVersion}: the version the change was made against (If-Match), or null for whatever is stored. */
    BookingView rearrange(AuthorityCode authority, ChildId child, String bookingId, LocalDate newDate, String reason,
                          Long expectedVersion);

    /**
     * Adjourns a booked meeting on the day, to reconvene by {@code reconveneOn}; a booking is adjourned once at most.
     */
    BookingView adjourn(AuthorityCode authority, ChildId child, String bookingId, LocalDate on, String reason,
                        LocalDate reconveneOn, Long expectedVersion);

    /** The child's bookings. */
    List<BookingView> bookings(AuthorityCode authority, ChildId child);

    /** Records a midway review; where the policy says so, drift found raises an informal alert. */
    MidwayReview recordMidwayReview(AuthorityCode authority, ChildId child, LocalDate date, boolean withChild,
                                    boolean driftIdentified, String notes);

    /** The child's midway reviews. */
    List<MidwayReview> midwayReviews(AuthorityCode authority, ChildId child);

    /** Records the IRO's visit to, or weekly oversight of, a child in an unregulated placement. */
    IroVisit recordVisit(AuthorityCode authority, ChildId child, LocalDate date, String kind, String notes);

    /** The child's IRO visits. */
    List<IroVisit> visits(AuthorityCode authority, ChildId child);
}
