package org.openiro.reviews;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.events.port.out.EventOutbox;
import org.openiro.reviews.port.in.AmendReviewUseCase;
import org.openiro.reviews.port.in.RecordReviewUseCase;
import org.openiro.reviews.port.in.ViewReviewsUseCase;
import org.openiro.reviews.port.out.BookingRepository;
import org.openiro.shared.Conflict;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.StaleVersion;
import org.openiro.shared.UnitOfWork;

/**
 * Recording, correcting, deleting and reading a child's reviews. Every change measures the child's reviews again
 * (a corrected date or a deleted review moves every later due date) in the same transaction.
 */
public final class ReviewRecords implements RecordReviewUseCase, AmendReviewUseCase, ViewReviewsUseCase {

    private final CaseFiles files;
    private final BookingRepository bookings;
    private final EventOutbox outbox;
    private final UnitOfWork unitOfWork;

    public ReviewRecords(CaseFiles files, BookingRepository bookings, EventOutbox outbox, UnitOfWork unitOfWork) {
        this.files = files;
        this.bookings = bookings;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public RecordedReview record(AuthorityCode code, ChildId childId, ReviewDetails d) {
        return unitOfWork.inTransaction(() -> {
            Authority authority = files.authority(code);
            Child child = files.childForChange(code, childId);
            // Read once: the checks below and the schedule all measure the same reviews (issue 23).
            List<Review> before = files.reviews.ofChild(code, childId);
            Review review = new Review(UUID.randomUUID().toString(), code, childId, d.kind(), d.meetings(),
                    d.seriesComplete(), d.bookingId(), d.participation(), d.attended(), d.advocacy(),
                    d.consultation(), d.facts(), null, 0);
            ReviewRules.check(review, child, authority.policy(), files.today());
            refuseASecondOnTheSameDay(review, before);
            if (d.bookingId() != null) {
                checkBooking(code, childId, d.bookingId(), before);
            }
            Timetable.Recorded recorded = files.timetable.record(authority, child, before, review);
            return files.answer(authority, recorded.review(), recorded.schedule());
        });
    }

    /**
     * One review of a kind meets a child on a day: a second one the same day is the first sent again (a client that
     * lost the answer and retried, issue 22), which would count twice and move the next due date by the wrong rule.
     */
    private static void refuseASecondOnTheSameDay(Review review, List<Review> recorded) {
        recorded.stream()
                .filter(r -> !r.id().equals(review.id()) && r.kind() == review.kind())
                .flatMap(r -> r.meetings().dates().stream().filter(review.meetings().dates()::contains).limit(1))
                .findFirst().ifPresent(day -> {
                    throw new Conflict("meetingDates", "a " + review.kind().id() + " review meeting on " + day
                            + " is already recorded for this child");
                });
    }

    /**
     * Booking ids are the service's own and a booking belongs to one child for good, so an id that names no booking
     * of this child can never succeed as written: 400, worded alike for another child's booking and for none, so
     * the answer tells nothing of other children.
     */
    private void checkBooking(AuthorityCode code, ChildId childId, String bookingId, List<Review> recorded) {
        if (bookings.booking(code, childId, bookingId).isEmpty()) {
            throw new InvalidInput("bookingId", "no booking " + bookingId + " of this child");
        }
        if (recorded.stream().anyMatch(r -> bookingId.equals(r.bookingId()))) {
            throw new Conflict("bookingId", "a review was already recorded for booking " + bookingId);
        }
    }

    @Override
    public RecordedReview amend(AuthorityCode code, ChildId childId, String reviewId, Long expectedVersion,
                                ReviewDetails d) {
        return unitOfWork.inTransaction(() -> {
            Authority authority = files.authority(code);
            Child child = files.childForChange(code, childId);
            Review current = current(code, childId, reviewId, expectedVersion);
            if (current.kind() != d.kind()) {
                throw new Conflict("kind", "a review's kind cannot change; delete it and record it again");
            }
            if (current.seriesComplete() && !current.meetings().equals(d.meetings())) {
                throw new Conflict("meetingDates", "the series is complete: its meetings can no longer change "
                        + "(delete a review recorded in error and record it again)");
            }
            if (current.seriesComplete() && !d.seriesComplete()) {
                throw new Conflict("seriesComplete", "a complete series cannot be reopened");
            }
            Review changed = current.amended(d.meetings(), d.seriesComplete(), d.participation(), d.attended(),
                    d.advocacy(), d.consultation(), d.facts().followingOn(current.facts()));
            ReviewRules.check(changed, child, authority.policy(), files.today(), current.participation());
            refuseASecondOnTheSameDay(changed, files.reviews.ofChild(code, childId));
            files.reviews.update(changed);
            Schedule schedule = files.timetable.reschedule(authority, child);
            Review stored = files.review(code, childId, reviewId);
            if (!current.seriesComplete() && stored.seriesComplete()) {
                outbox.append(List.of(ReviewEvent.held(code, childId, stored)), files.clock.instant());
            }
            return files.answer(authority, stored, schedule);
        });
    }

    @Override
    public void delete(AuthorityCode code, ChildId childId, String reviewId, Long expectedVersion) {
        unitOfWork.run(() -> {
            Authority authority = files.authority(code);
            Child child = files.childForChange(code, childId);
            files.reviews.delete(current(code, childId, reviewId, expectedVersion));
            files.timetable.reschedule(authority, child);
        });
    }

    private Review current(AuthorityCode code, ChildId childId, String reviewId, Long expectedVersion) {
        Review current = files.review(code, childId, reviewId);
        if (expectedVersion != null && !Objects.equals(expectedVersion, current.version())) {
            throw new StaleVersion("review " + reviewId);
        }
        return current;
    }

    @Override
    public List<RecordedReview> reviews(AuthorityCode code, ChildId childId) {
        return unitOfWork.inTransaction(() -> {
            Authority authority = files.authority(code);
            Schedule schedule = files.timetable.of(authority, files.child(code, childId));
            return files.reviews.ofChild(code, childId).stream()
                    .sorted(Comparator.comparing((Review r) -> r.meetings().last()).reversed())
                    .map(r -> files.answer(authority, r, schedule)).toList();
        });
    }

    @Override
    public RecordedReview review(AuthorityCode code, ChildId childId, String reviewId) {
        return unitOfWork.inTransaction(() -> {
            Authority authority = files.authority(code);
            Schedule schedule = files.timetable.of(authority, files.child(code, childId));
            return files.answer(authority, files.review(code, childId, reviewId), schedule);
        });
    }
}
