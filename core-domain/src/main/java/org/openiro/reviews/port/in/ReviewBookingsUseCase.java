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

    BookingView book(AuthorityCode authority, ChildId child, LocalDate date);

    /** {@code expectedVersion}: the version the change was made against (If-Match), or null for whatever is stored. */
    BookingView rearrange(AuthorityCode authority, ChildId child, String bookingId, LocalDate newDate, String reason,
                          Long expectedVersion);

    BookingView adjourn(AuthorityCode authority, ChildId child, String bookingId, LocalDate on, String reason,
                        LocalDate reconveneOn, Long expectedVersion);

    List<BookingView> bookings(AuthorityCode authority, ChildId child);

    MidwayReview recordMidwayReview(AuthorityCode authority, ChildId child, LocalDate date, boolean withChild,
                                    boolean driftIdentified, String notes);

    List<MidwayReview> midwayReviews(AuthorityCode authority, ChildId child);

    IroVisit recordVisit(AuthorityCode authority, ChildId child, LocalDate date, String kind, String notes);

    List<IroVisit> visits(AuthorityCode authority, ChildId child);
}
