package org.openiro.quality;

import java.time.Clock;
import java.util.Optional;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.quality.port.out.QaFormRepository;
import org.openiro.quality.port.out.QaTemplateRepository;
import org.openiro.reviews.Review;
import org.openiro.reviews.port.out.ReviewRepository;
import org.openiro.shared.StaleVersion;
import org.openiro.shared.UnitOfWork;
import org.openiro.quality.port.in.AmendQaFormUseCase;

/** Corrects a completed QA form against the template version it was completed under. */
public final class AmendQaForm implements AmendQaFormUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final ReviewRepository reviews;
    private final QaFormRepository forms;
    private final QaFormViews views;
    private final UnitOfWork unitOfWork;

    public AmendQaForm(AuthorityRepository authorities, ChildRepository children, ReviewRepository reviews,
                       QaTemplateRepository templates, QaFormRepository forms, WorkingDayCalendar calendar,
                       UnitOfWork unitOfWork, Clock clock) {
        this.authorities = authorities;
        this.children = children;
        this.reviews = reviews;
        this.forms = forms;
        this.views = new QaFormViews(templates, calendar, clock);
        this.unitOfWork = unitOfWork;
    }

    @Override
    public ReviewQa amend(AmendQaFormCommand command) {
        AuthorityCode code = command.authority();
        ChildId childId = command.child();
        String reviewId = command.reviewId();
        Amendment a = command.amendment();
        return unitOfWork.inTransaction(() -> {
            Authority authority = authorities.require(code);
            Child child = children.require(code, childId);
            Review review = reviews.require(code, childId, reviewId);
            QaForm current = forms.find(code, childId, reviewId).orElseThrow(() -> new UnknownQaForm(reviewId));
            if (current.version() != command.expectedVersion()) {
                throw new StaleVersion("the QA form of review " + reviewId);
            }
            QaTemplate template = views.template(code, current.templateVersion());
            QaForm amended = forms.update(current.amended(Answers.of("answers", template.questions(), a.answers()),
                    QaFormViews.notes(a.notes()), views.completedOn(a.completedOn(), review)));
            return views.view(authority, child, review, Optional.of(amended), template);
        });
    }
}
