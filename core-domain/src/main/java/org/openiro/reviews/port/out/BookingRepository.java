package org.openiro.reviews.port.out;

import java.util.List;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.reviews.Booking;
import org.openiro.reviews.IroVisit;
import org.openiro.reviews.MidwayReview;

/** Bookings, midway reviews and IRO visits: what happens around a child's reviews. */
public interface BookingRepository {

    List<Booking> bookings(AuthorityCode authority, ChildId child);

    Optional<Booking> booking(AuthorityCode authority, ChildId child, String bookingId);

    void insert(Booking booking);

    /** @throws org.openiro.shared.StaleVersion when it changed meanwhile */
    Booking update(Booking booking);

    List<MidwayReview> midwayReviews(AuthorityCode authority, ChildId child);

    void insert(AuthorityCode authority, ChildId child, MidwayReview midwayReview);

    List<IroVisit> visits(AuthorityCode authority, ChildId child);

    void insert(AuthorityCode authority, ChildId child, IroVisit visit);
}
