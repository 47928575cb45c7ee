package org.openiro.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.reviews.port.in.BookReviewUseCase;
import org.openiro.reviews.port.out.BookingRepository;
import org.openiro.shared.UnitOfWork;

/** Books the child's next review for a day; a booking never changes a due date. */
public final class BookReview implements BookReviewUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final BookingRepository bookings;
    private final Timetable timetable;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public BookReview(AuthorityRepository authorities, ChildRepository children, BookingRepository bookings,
                      Timetable timetable, UnitOfWork unitOfWork, Clock clock) {
        this.authorities = authorities;
        this.children = children;
        this.bookings = bookings;
        this.timetable = timetable;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public BookingView book(BookReviewCommand command) {
        return unitOfWork.inTransaction(() -> {
            Optional<NextReview> next = ReviewLookups.next(authorities, children, timetable, command.authority(),
                    command.child());
            Booking booking = new Booking(UUID.randomUUID().toString(), command.authority(), command.child(),
                    LocalDate.now(clock), command.date(), List.of(), null, 0);
            bookings.insert(booking);
            return new BookingView(booking, next);
        });
    }
}
