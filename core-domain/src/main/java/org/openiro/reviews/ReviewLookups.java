package org.openiro.reviews;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.ChildId;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.reviews.port.out.BookingRepository;
import org.openiro.reviews.port.out.ReviewRepository;
import org.openiro.shared.Conflict;
import org.openiro.shared.StaleVersion;

/** The few checks and reads that several review services make alike; each takes only the port it reads. */
final class ReviewLookups {

    private ReviewLookups() {
    }

    /**
     * One review of a kind meets a child on a day: a second one the same day is the first sent again (a client that
     * lost the answer and retried, issue 22), which would count twice and move the next due date by the wrong rule.
     */
    static void refuseASecondOnTheSameDay(Review review, List<Review> recorded) {
        recorded.stream()
                .filter(r -> !r.id().equals(review.id()) && r.kind() == review.kind())
                .flatMap(r -> r.meetings().dates().stream().filter(review.meetings().dates()::contains).limit(1))
                .findFirst().ifPresent(day -> {
                    throw new Conflict("meetingDates", "a " + review.kind().id() + " review meeting on " + day
                            + " is already recorded for this child");
                });
    }

    /** The review as stored, refused as stale when the change was made against another version (If-Match). */
    static Review current(ReviewRepository reviews, AuthorityCode code, ChildId childId, String reviewId,
                          Long expectedVersion) {
        Review current = reviews.require(code, childId, reviewId);
        if (expectedVersion != null && !Objects.equals(expectedVersion, current.version())) {
            throw new StaleVersion("review " + reviewId);
        }
        return current;
    }

    /** The booking as stored, refused as stale when the change was made against another version (If-Match). */
    static Booking booking(BookingRepository bookings, AuthorityCode code, ChildId childId, String bookingId,
                           Long expectedVersion) {
        Booking booking = bookings.booking(code, childId, bookingId).orElseThrow(() -> new UnknownBooking(bookingId));
        if (expectedVersion != null && expectedVersion != booking.version()) {
            throw new StaleVersion("booking " + bookingId);
        }
        return booking;
    }

    /** The child's next review as their schedule stands (unknown authority or child refused). */
    static Optional<NextReview> next(AuthorityRepository authorities, ChildRepository children, Timetable timetable,
                                     AuthorityCode code, ChildId childId) {
        return timetable.of(authorities.require(code), childId, () -> children.require(code, childId)).next();
    }
}
