package org.openiro.reviews;

import java.time.Clock;
import java.time.LocalDate;
import org.openiro.authority.Authority;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.Child;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.reviews.port.in.BringReviewForwardUseCase;
import org.openiro.reviews.port.out.ReviewRepository;
import org.openiro.shared.Conflict;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.UnitOfWork;

/** Records the IRO's direction to hold the next review earlier, and measures the child's reviews again. */
public final class BringReviewForward implements BringReviewForwardUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final ReviewRepository reviews;
    private final Timetable timetable;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public BringReviewForward(AuthorityRepository authorities, ChildRepository children, ReviewRepository reviews,
                              Timetable timetable, UnitOfWork unitOfWork, Clock clock) {
        this.authorities = authorities;
        this.children = children;
        this.reviews = reviews;
        this.timetable = timetable;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public NextReview bringForward(BringReviewForwardCommand command) {
        LocalDate dueBy = command.dueBy();
        return unitOfWork.inTransaction(() -> {
            LocalDate today = LocalDate.now(clock);
            Authority authority = authorities.require(command.authority());
            Child child = children.requireForChange(command.authority(), command.child());
            NextReview current = timetable.of(authority, child).next()
                    .orElseThrow(() -> new Conflict(null, "the child has no review due to bring forward"));
            if (dueBy.isAfter(current.dueDate())) {
                throw new InvalidInput("dueBy", "the review is already due by " + current.dueDate()
                        + "; a direction can only bring it forward");
            }
            if (dueBy.isBefore(today)) {
                throw new InvalidInput("dueBy", "must not be in the past");
            }
            reviews.addDirection(command.authority(), command.child(), new Direction(dueBy, command.reason(), today));
            return timetable.reschedule(authority, child).next().orElseThrow();
        });
    }
}
