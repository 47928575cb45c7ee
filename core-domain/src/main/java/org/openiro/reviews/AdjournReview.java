package org.openiro.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.events.port.out.EventOutbox;
import org.openiro.reviews.port.in.AdjournReviewUseCase;
import org.openiro.reviews.port.out.BookingRepository;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.UnitOfWork;

/** Adjourns a booked meeting once it happened, and says so on the outbox. */
public final class AdjournReview implements AdjournReviewUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final BookingRepository bookings;
    private final Timetable timetable;
    private final EventOutbox outbox;
    private final WorkingDayCalendar calendar;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public AdjournReview(AuthorityRepository authorities, ChildRepository children, BookingRepository bookings,
                         Timetable timetable, EventOutbox outbox, WorkingDayCalendar calendar, UnitOfWork unitOfWork,
                         Clock clock) {
        this.authorities = authorities;
        this.children = children;
        this.bookings = bookings;
        this.timetable = timetable;
        this.outbox = outbox;
        this.calendar = calendar;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public BookingView adjourn(AdjournReviewCommand command) {
        if (command.on().isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("date", "an adjournment is recorded once it happened: not in the future");
        }
        return unitOfWork.inTransaction(() -> {
            Optional<NextReview> next = ReviewLookups.next(authorities, children, timetable, command.authority(),
                    command.child());
            Booking changed = bookings.update(ReviewLookups.booking(bookings, command.authority(), command.child(),
                    command.bookingId(), command.expectedVersion())
                    .adjourned(command.on(), command.reason(), command.reconveneOn(), calendar));
            outbox.append(List.of(ReviewEvent.booked("review.adjourned", command.authority(), command.child(),
                    next.orElse(null), command.bookingId())), clock.instant());
            return new BookingView(changed, next);
        });
    }
}
