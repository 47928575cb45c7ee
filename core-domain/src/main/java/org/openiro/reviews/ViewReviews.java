package org.openiro.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.ChildId;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.reviews.port.in.ViewReviewsUseCase;
import org.openiro.reviews.port.out.ReviewRepository;
import org.openiro.shared.UnitOfWork;

/** Reads a child's reviews, each with what is owed around it today and the child's next review. */
public final class ViewReviews implements ViewReviewsUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final ReviewRepository reviews;
    private final Timetable timetable;
    private final WorkingDayCalendar calendar;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ViewReviews(AuthorityRepository authorities, ChildRepository children, ReviewRepository reviews,
                       Timetable timetable, WorkingDayCalendar calendar, UnitOfWork unitOfWork, Clock clock) {
        this.authorities = authorities;
        this.children = children;
        this.reviews = reviews;
        this.timetable = timetable;
        this.calendar = calendar;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public List<RecordedReview> reviews(AuthorityCode code, ChildId childId) {
        return unitOfWork.inTransaction(() -> {
            LocalDate today = LocalDate.now(clock);
            Authority authority = authorities.require(code);
            Schedule schedule = timetable.of(authority, childId, () -> children.require(code, childId));
            return reviews.ofChild(code, childId).stream()
                    .sorted(Comparator.comparing((Review r) -> r.meetings().last()).reversed())
                    .map(r -> RecordedReview.of(authority, calendar, r, schedule, today)).toList();
        });
    }

    @Override
    public RecordedReview review(AuthorityCode code, ChildId childId, String reviewId) {
        return unitOfWork.inTransaction(() -> {
            Authority authority = authorities.require(code);
            Schedule schedule = timetable.of(authority, childId, () -> children.require(code, childId));
            return RecordedReview.of(authority, calendar, reviews.require(code, childId, reviewId), schedule,
                    LocalDate.now(clock));
        });
    }
}
