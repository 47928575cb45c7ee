package org.openiro.reviews.port.in;

import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.reviews.BookingView;
import org.openiro.reviews.IroVisit;
import org.openiro.reviews.MidwayReview;

/** Reads what happened around a child's reviews between them: bookings, midway reviews, IRO visits. */
public interface ViewBookingsUseCase {

    /** The child's bookings, earliest first, each with whether it falls after the child's due date. */
    List<BookingView> bookings(AuthorityCode authority, ChildId child);

    /** The child's midway reviews, newest first. */
    List<MidwayReview> midwayReviews(AuthorityCode authority, ChildId child);

    /** The child's IRO visits, newest first. */
    List<IroVisit> visits(AuthorityCode authority, ChildId child);
}
