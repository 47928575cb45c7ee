package org.openiro.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.events.port.out.EventOutbox;
import org.openiro.reviews.port.in.AmendReviewUseCase;
import org.openiro.reviews.port.in.RecordReviewUseCase.ReviewDetails;
import org.openiro.reviews.port.out.ReviewRepository;
import org.openiro.shared.Conflict;
import org.openiro.shared.UnitOfWork;

/**
 * Corrects a review. A corrected date moves every later due date, so the child's reviews are measured again in the
 * same transaction; a series that becomes complete says so on the outbox.
 */
public final class AmendReview implements AmendReviewUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final ReviewRepository reviews;
    private final Timetable timetable;
    private final EventOutbox outbox;
    private final WorkingDayCalendar calendar;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public AmendReview(AuthorityRepository authorities, ChildRepository children, ReviewRepository reviews,
                       Timetable timetable, EventOutbox outbox, WorkingDayCalendar calendar, UnitOfWork unitOfWork,
                       Clock clock) {
        this.authorities = authorities;
        this.children = children;
        this.reviews = reviews;
        this.timetable = timetable;
        this.outbox = outbox;
        this.calendar = calendar;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public RecordedReview amend(AmendReviewCommand command) {
        AuthorityCode code = command.authority();
        ChildId childId = command.child();
        String reviewId = command.reviewId();
        ReviewDetails d = command.details();
        return unitOfWork.inTransaction(() -> {
            LocalDate today = LocalDate.now(clock);
            Authority authority = authorities.require(code);
            Child child = children.requireForChange(code, childId);
            Review current = ReviewLookups.current(reviews, code, childId, reviewId, command.expectedVersion());
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
            ReviewRules.check(changed, child, authority.policy(), today, current.participation());
            ReviewLookups.refuseASecondOnTheSameDay(changed, reviews.ofChild(code, childId));
            reviews.update(changed);
            Schedule schedule = timetable.reschedule(authority, child);
            Review stored = reviews.require(code, childId, reviewId);
            if (!current.seriesComplete() && stored.seriesComplete()) {
                outbox.append(List.of(ReviewEvent.held(code, childId, stored)), clock.instant());
            }
            return RecordedReview.of(authority, calendar, stored, schedule, today);
        });
    }
}
