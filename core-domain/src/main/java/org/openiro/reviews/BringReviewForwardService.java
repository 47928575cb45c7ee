package org.openiro.reviews;

import java.time.LocalDate;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.reviews.port.in.BringReviewForwardUseCase;
import org.openiro.shared.Conflict;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.UnitOfWork;

public final class BringReviewForwardService implements BringReviewForwardUseCase {

    private final CaseFiles files;
    private final UnitOfWork unitOfWork;

    public BringReviewForwardService(CaseFiles files, UnitOfWork unitOfWork) {
        this.files = files;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public NextReview bringForward(AuthorityCode code, ChildId childId, LocalDate dueBy, BringForwardReason reason) {
        return unitOfWork.inTransaction(() -> {
            Authority authority = files.authority(code);
            Child child = files.childForChange(code, childId);
            NextReview current = files.timetable.of(authority, child).next()
                    .orElseThrow(() -> new Conflict(null, "the child has no review due to bring forward"));
            if (dueBy.isAfter(current.dueDate())) {
                throw new InvalidInput("dueBy", "the review is already due by " + current.dueDate()
                        + "; a direction can only bring it forward");
            }
            if (dueBy.isBefore(files.today())) {
                throw new InvalidInput("dueBy", "must not be in the past");
            }
            files.reviews.addDirection(code, childId, new Direction(dueBy, reason, files.today()));
            return files.timetable.reschedule(authority, child).next().orElseThrow();
        });
    }
}
