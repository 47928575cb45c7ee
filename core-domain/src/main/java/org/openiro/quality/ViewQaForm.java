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
import org.openiro.shared.UnitOfWork;
import org.openiro.quality.port.in.ViewQaFormUseCase;

/** Reads a review's QA form, or what is owed while it has none. */
public final class ViewQaForm implements ViewQaFormUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final ReviewRepository reviews;
    private final QaTemplateRepository templates;
    private final QaFormRepository forms;
    private final QaFormViews views;
    private final UnitOfWork unitOfWork;

    public ViewQaForm(AuthorityRepository authorities, ChildRepository children, ReviewRepository reviews,
                      QaTemplateRepository templates, QaFormRepository forms, WorkingDayCalendar calendar,
                      UnitOfWork unitOfWork, Clock clock) {
        this.authorities = authorities;
        this.children = children;
        this.reviews = reviews;
        this.templates = templates;
        this.forms = forms;
        this.views = new QaFormViews(templates, calendar, clock);
        this.unitOfWork = unitOfWork;
    }

    @Override
    public ReviewQa form(AuthorityCode code, ChildId childId, String reviewId) {
        return unitOfWork.inTransaction(() -> {
            Authority authority = authorities.require(code);
            Child child = children.require(code, childId);
            Review review = reviews.require(code, childId, reviewId);
            Optional<QaForm> form = forms.find(code, childId, reviewId);
            QaTemplate template = form.isPresent() ? views.template(code, form.get().templateVersion())
                    : templates.latest(code).orElse(QaTemplate.DEFAULT);
            return views.view(authority, child, review, form, template);
        });
    }
}
