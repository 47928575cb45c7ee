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

    /** The child's bookings. */
    List<Booking> bookings(AuthorityCode authority, ChildId child);

    /** The booking; empty when the child has no such booking. */
    Optional<Booking> booking(AuthorityCode authority, ChildId child, String bookingId);

    /** Stores a new booking at its first version. */
    void insert(Booking booking);

    /** @throws org.openiro.shared.StaleVersion when it changed meanwhile */
    Booking update(Booking booking);

    /** The child's midway reviews. */
    List<MidwayReview> midwayReviews(AuthorityCode authority, ChildId child);

    /** Stores a midway review. */
    void insert(AuthorityCode authority, ChildId child, MidwayReview midwayReview);

    /** The child's IRO visits. */
    List<IroVisit> visits(AuthorityCode authority, ChildId child);

    /** Stores an IRO visit. */
    void insert(AuthorityCode authority, ChildId child, IroVisit visit);
}
