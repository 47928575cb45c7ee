package org.openiro.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.SocialWorker;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.events.port.out.EventOutbox;
import org.openiro.quality.port.out.QaFormRepository;
import org.openiro.quality.port.out.QaTemplateRepository;
import org.openiro.reviews.Review;
import org.openiro.reviews.port.out.ReviewRepository;
import org.openiro.shared.Conflict;
import org.openiro.shared.UnitOfWork;
import org.openiro.quality.port.in.CompleteQaFormUseCase;

/**
 * The QA form after each review. It is due with the review's record (the policy's record deadline in working days,
 * on the domain's calendar), and is completed once, by the child's IRO or a manager, against the template in force
 * then; completing it writes {@code qa.completed} in the same transaction.
 */
public final class CompleteQaForm implements CompleteQaFormUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final ReviewRepository reviews;
    private final QaTemplateRepository templates;
    private final QaFormRepository forms;
    private final EventOutbox outbox;
    private final QaFormViews views;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public CompleteQaForm(AuthorityRepository authorities, ChildRepository children, ReviewRepository reviews,
                          QaTemplateRepository templates, QaFormRepository forms, EventOutbox outbox,
                          WorkingDayCalendar calendar, UnitOfWork unitOfWork, Clock clock) {
        this.authorities = authorities;
        this.children = children;
        this.reviews = reviews;
        this.templates = templates;
        this.forms = forms;
        this.outbox = outbox;
        this.views = new QaFormViews(templates, calendar, clock);
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public ReviewQa complete(CompleteQaFormCommand command) {
        AuthorityCode code = command.authority();
        ChildId childId = command.child();
        String reviewId = command.reviewId();
        Completion c = command.completion();
        return unitOfWork.inTransaction(() -> {
            Authority authority = authorities.require(code);
            // Held for the change: of two forms for one review completed at once, the second finds the first.
            Child child = children.requireForChange(code, childId);
            Review review = reviews.require(code, childId, reviewId);
            if (!review.seriesComplete()) {
                throw new Conflict(null, "the review's series of meetings is still open: its QA form follows its"
                        + " last meeting");
            }
            if (forms.find(code, childId, reviewId).isPresent()) {
                throw new Conflict(null, "this review's QA form is already completed; PATCH it to amend it");
            }
            QaTemplate template = QaTemplates.inForce(templates, code, views.today());
            Answers answers = Answers.of("answers", template.questions(), c.answers());
            LocalDate completedOn = views.completedOn(c.completedOn(), review);
            Optional<SocialWorker> worker = child.socialWorker();
            QaForm form = new QaForm(reviewId, code, childId, template.version(), answers,
                    QaFormViews.notes(c.notes()), completedOn, c.completedBy(),
                    worker.map(SocialWorker::id).orElse(null), worker.map(SocialWorker::team).orElse(null), 0);
            forms.insert(form);
            outbox.append(List.of(QualityEvent.qaCompleted(form)), clock.instant());
            return views.view(authority, child, review, Optional.of(form), template);
        });
    }
}
