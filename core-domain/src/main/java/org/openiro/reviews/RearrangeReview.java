package org.openiro.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.events.port.out.EventOutbox;
import org.openiro.reviews.port.in.RearrangeReviewUseCase;
import org.openiro.reviews.port.out.BookingRepository;
import org.openiro.shared.UnitOfWork;

/** Moves a booked review to another day and says so on the outbox. */
public final class RearrangeReview implements RearrangeReviewUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final BookingRepository bookings;
    private final Timetable timetable;
    private final EventOutbox outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RearrangeReview(AuthorityRepository authorities, ChildRepository children, BookingRepository bookings,
                           Timetable timetable, EventOutbox outbox, UnitOfWork unitOfWork, Clock clock) {
        this.authorities = authorities;
        this.children = children;
        this.bookings = bookings;
        this.timetable = timetable;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public BookingView rearrange(RearrangeReviewCommand command) {
        return unitOfWork.inTransaction(() -> {
            Optional<NextReview> next = ReviewLookups.next(authorities, children, timetable, command.authority(),
                    command.child());
            Booking changed = bookings.update(ReviewLookups.booking(bookings, command.authority(), command.child(),
                    command.bookingId(), command.expectedVersion())
                    .rearrangedTo(command.newDate(), command.reason(), LocalDate.now(clock)));
            outbox.append(List.of(ReviewEvent.booked("review.rearranged", command.authority(), command.child(),
                    next.orElse(null), command.bookingId())), clock.instant());
            return new BookingView(changed, next);
        });
    }
}
