package org.openiro.reviews;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.ChildId;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.reviews.port.in.ViewBookingsUseCase;
import org.openiro.reviews.port.out.BookingRepository;
import org.openiro.shared.UnitOfWork;

/** Reads a child's bookings, midway reviews and IRO visits. */
public final class ViewBookings implements ViewBookingsUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final BookingRepository bookings;
    private final Timetable timetable;
    private final UnitOfWork unitOfWork;

    public ViewBookings(AuthorityRepository authorities, ChildRepository children, BookingRepository bookings,
                        Timetable timetable, UnitOfWork unitOfWork) {
        this.authorities = authorities;
        this.children = children;
        this.bookings = bookings;
        this.timetable = timetable;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public List<BookingView> bookings(AuthorityCode code, ChildId childId) {
        return unitOfWork.inTransaction(() -> {
            Optional<NextReview> next = ReviewLookups.next(authorities, children, timetable, code, childId);
            return bookings.bookings(code, childId).stream().sorted(Comparator.comparing(Booking::date))
                    .map(b -> new BookingView(b, next)).toList();
        });
    }

    @Override
    public List<MidwayReview> midwayReviews(AuthorityCode code, ChildId childId) {
        return unitOfWork.inTransaction(() -> {
            children.require(code, childId);
            return bookings.midwayReviews(code, childId).stream()
                    .sorted(Comparator.comparing(MidwayReview::date).reversed()).toList();
        });
    }

    @Override
    public List<IroVisit> visits(AuthorityCode code, ChildId childId) {
        return unitOfWork.inTransaction(() -> {
            children.require(code, childId);
            return bookings.visits(code, childId).stream().sorted(Comparator.comparing(IroVisit::date).reversed())
                    .toList();
        });
    }
}
