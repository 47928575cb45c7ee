package org.openiro.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openiro.authority.Authority;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.Child;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.reviews.port.in.RecordReviewUseCase;
import org.openiro.reviews.port.out.BookingRepository;
import org.openiro.reviews.port.out.ReviewRepository;
import org.openiro.shared.Conflict;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.UnitOfWork;

/** Records a held review and measures the child's reviews again in the same transaction. */
public final class RecordReview implements RecordReviewUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final ReviewRepository reviews;
    private final BookingRepository bookings;
    private final Timetable timetable;
    private final WorkingDayCalendar calendar;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RecordReview(AuthorityRepository authorities, ChildRepository children, ReviewRepository reviews,
                        BookingRepository bookings, Timetable timetable, WorkingDayCalendar calendar,
                        UnitOfWork unitOfWork, Clock clock) {
        this.authorities = authorities;
        this.children = children;
        this.reviews = reviews;
        this.bookings = bookings;
        this.timetable = timetable;
        this.calendar = calendar;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public RecordedReview record(RecordReviewCommand command) {
        ReviewDetails d = command.details();
        return unitOfWork.inTransaction(() -> {
            LocalDate today = LocalDate.now(clock);
            Authority authority = authorities.require(command.authority());
            Child child = children.requireForChange(command.authority(), command.child());
            // Read once: the checks below and the schedule all measure the same reviews (issue 23).
            ReviewRepository.ReviewsAndDirections held = reviews.ofChildWithDirections(command.authority(),
                    command.child());
            List<Review> before = held.reviews();
            Review review = new Review(UUID.randomUUID().toString(), command.authority(), command.child(), d.kind(),
                    d.meetings(), d.seriesComplete(), d.bookingId(), d.participation(), d.attended(), d.advocacy(),
                    d.consultation(), d.facts(), null, 0);
            ReviewRules.check(review, child, authority.policy(), today);
            ReviewLookups.refuseASecondOnTheSameDay(review, before);
            if (d.bookingId() != null) {
                checkBooking(command, d.bookingId(), before);
            }
            Timetable.Recorded recorded = timetable.record(authority, child, before, held.directions(), review);
            return RecordedReview.of(authority, calendar, recorded.review(), recorded.schedule(), today);
        });
    }

    /**
     * Booking ids are the service's own and a booking belongs to one child for good, so an id that names no booking
     * of this child can never succeed as written: 400, worded alike for another child's booking and for none, so
     * the answer tells nothing of other children.
     */
    private void checkBooking(RecordReviewCommand command, String bookingId, List<Review> recorded) {
        if (bookings.booking(command.authority(), command.child(), bookingId).isEmpty()) {
            throw new InvalidInput("bookingId", "no booking " + bookingId + " of this child");
        }
        if (recorded.stream().anyMatch(r -> bookingId.equals(r.bookingId()))) {
            throw new Conflict("bookingId", "a review was already recorded for booking " + bookingId);
        }
    }
}
