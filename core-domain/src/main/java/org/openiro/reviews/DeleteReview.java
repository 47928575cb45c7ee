package org.openiro.reviews;

import org.openiro.authority.Authority;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.Child;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.reviews.port.in.DeleteReviewUseCase;
import org.openiro.reviews.port.out.ReviewRepository;
import org.openiro.shared.UnitOfWork;

/** Deletes a review recorded in error; every later due date moves, so the child's reviews are measured again. */
public final class DeleteReview implements DeleteReviewUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final ReviewRepository reviews;
    private final Timetable timetable;
    private final UnitOfWork unitOfWork;

    public DeleteReview(AuthorityRepository authorities, ChildRepository children, ReviewRepository reviews,
                        Timetable timetable, UnitOfWork unitOfWork) {
        this.authorities = authorities;
        this.children = children;
        this.reviews = reviews;
        this.timetable = timetable;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void delete(DeleteReviewCommand command) {
        unitOfWork.run(() -> {
            Authority authority = authorities.require(command.authority());
            Child child = children.requireForChange(command.authority(), command.child());
            reviews.delete(ReviewLookups.current(reviews, command.authority(), command.child(), command.reviewId(),
                    command.expectedVersion()));
            timetable.reschedule(authority, child);
        });
    }
}
