package org.openiro.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.UnknownAuthority;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.SocialWorker;
import org.openiro.children.UnknownChild;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.events.port.out.EventOutbox;
import org.openiro.quality.port.in.AmendQaFormUseCase;
import org.openiro.quality.port.in.CompleteQaFormUseCase;
import org.openiro.quality.port.in.ViewQaFormUseCase;
import org.openiro.quality.port.out.QaFormRepository;
import org.openiro.quality.port.out.QaTemplateRepository;
import org.openiro.reviews.Deadline;
import org.openiro.reviews.Deadlines;
import org.openiro.reviews.Review;
import org.openiro.reviews.UnknownReview;
import org.openiro.reviews.port.out.ReviewRepository;
import org.openiro.shared.Conflict;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.StaleVersion;
import org.openiro.shared.UnitOfWork;

/**
 * The QA form after each review. It is due with the review's record (the policy's record deadline in working days,
 * on the domain's calendar), and is completed once, by the child's IRO or a manager, against the template in force
 * then; completing it writes {@code qa.completed} in the same transaction.
 */
public final class QaForms implements CompleteQaFormUseCase, AmendQaFormUseCase, ViewQaFormUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final ReviewRepository reviews;
    private final QaTemplateRepository templates;
    private final QaFormRepository forms;
    private final EventOutbox outbox;
    private final WorkingDayCalendar calendar;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public QaForms(AuthorityRepository authorities, ChildRepository children, ReviewRepository reviews,
                   QaTemplateRepository templates, QaFormRepository forms, EventOutbox outbox,
                   WorkingDayCalendar calendar, UnitOfWork unitOfWork, Clock clock) {
        this.authorities = authorities;
        this.children = children;
        this.reviews = reviews;
        this.templates = templates;
        this.forms = forms;
        this.outbox = outbox;
        this.calendar = calendar;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public ReviewQa complete(AuthorityCode code, ChildId childId, String reviewId, Completion c) {
        return unitOfWork.inTransaction(() -> {
            Authority authority = authority(code);
            // Held for the change: of two forms for one review completed at once, the second finds the first.
            Child child = children.findForChange(code, childId).orElseThrow(() -> new UnknownChild(childId));
            Review review = review(code, childId, reviewId);
            if (!review.seriesComplete()) {
                throw new Conflict(null, "the review's series of meetings is still open: its QA form follows its"
                        + " last meeting");
            }
            if (forms.find(code, childId, reviewId).isPresent()) {
                throw new Conflict(null, "this review's QA form is already completed; PATCH it to amend it");
            }
            QaTemplate template = QaTemplates.inForce(templates, code, today());
            Answers answers = Answers.of("answers", template.questions(), c.answers());
            LocalDate completedOn = completedOn(c.completedOn(), review);
            Optional<SocialWorker> worker = child.socialWorker();
            QaForm form = new QaForm(reviewId, code, childId, template.version(), answers, notes(c.notes()),
                    completedOn, c.completedBy(), worker.map(SocialWorker::id).orElse(null),
                    worker.map(SocialWorker::team).orElse(null), 0);
            forms.insert(form);
            outbox.append(List.of(QualityEvent.qaCompleted(form)), clock.instant());
            return view(authority, child, review, Optional.of(form), template);
        });
    }

    @Override
    public ReviewQa amend(AuthorityCode code, ChildId childId, String reviewId, long expectedVersion, Amendment a) {
        return unitOfWork.inTransaction(() -> {
            Authority authority = authority(code);
            Child child = children.find(code, childId).orElseThrow(() -> new UnknownChild(childId));
            Review review = review(code, childId, reviewId);
            QaForm current = forms.find(code, childId, reviewId).orElseThrow(() -> new UnknownQaForm(reviewId));
            if (current.version() != expectedVersion) {
                throw new StaleVersion("the QA form of review " + reviewId);
            }
            QaTemplate template = template(code, current.templateVersion());
            QaForm amended = forms.update(current.amended(Answers.of("answers", template.questions(), a.answers()),
                    notes(a.notes()), completedOn(a.completedOn(), review)));
            return view(authority, child, review, Optional.of(amended), template);
        });
    }

    @Override
    public ReviewQa form(AuthorityCode code, ChildId childId, String reviewId) {
        return unitOfWork.inTransaction(() -> {
            Authority authority = authority(code);
            Child child = children.find(code, childId).orElseThrow(() -> new UnknownChild(childId));
            Review review = review(code, childId, reviewId);
            Optional<QaForm> form = forms.find(code, childId, reviewId);
            QaTemplate template = form.isPresent() ? template(code, form.get().templateVersion())
                    : templates.latest(code).orElse(QaTemplate.DEFAULT);
            return view(authority, child, review, form, template);
        });
    }

    private Authority authority(AuthorityCode code) {
        return authorities.find(code).orElseThrow(() -> new UnknownAuthority(code));
    }

    private Review review(AuthorityCode code, ChildId child, String reviewId) {
        return reviews.find(code, child, reviewId).orElseThrow(() -> new UnknownReview(reviewId));
    }

    private QaTemplate template(AuthorityCode code, int version) {
        return templates.version(code, version).orElseThrow(() -> new IllegalStateException(
                "QA form version " + version + " of " + code.value() + " is not stored"));
    }

    private LocalDate completedOn(LocalDate given, Review review) {
        LocalDate on = given != null ? given : today();
        if (on.isAfter(today())) {
            throw new InvalidInput("completedOn", "must not be in the future");
        }
        if (on.isBefore(review.meetings().last())) {
            throw new InvalidInput("completedOn", "must not be before the review's last meeting, "
                    + review.meetings().last());
        }
        return on;
    }

    private static String notes(String notes) {
        if (notes != null && notes.length() > QaForm.MAX_NOTES) {
            throw new InvalidInput("notes", "must be at most " + QaForm.MAX_NOTES + " characters");
        }
        return notes == null || notes.isBlank() ? null : notes;
    }

    /**
     * The form's deadline is the review's record deadline: the same day, on the domain's calendar, under the policy of
     * the review's first meeting. A review imported without its follow-up owes none the service can judge.
     */
    private ReviewQa view(Authority authority, Child child, Review review, Optional<QaForm> form,
                          QaTemplate template) {
        Deadline deadline = null;
        if (review.seriesComplete()) {
            LocalDate due = Deadlines.of(authority, calendar, review.meetings(), review.facts(), today()).record()
                    .due();
            deadline = review.facts().recorded()
                    ? Deadline.of(due, form.map(QaForm::completedOn).orElse(null), today())
                    : new Deadline(due, form.map(QaForm::completedOn).orElse(null), Deadline.Status.NOT_RECORDED);
        }
        Optional<AlertOffer> offer = form.flatMap(f -> {
            List<String> no = template.questions().stream()
                    .filter(q -> f.answers().of(q.id()).map(q::offersAlert).orElse(false)).map(Question::id).toList();
            return no.isEmpty() ? Optional.empty()
                    : Optional.of(new AlertOffer(no, child.socialWorker().orElse(null)));
        });
        return new ReviewQa(review.id(), child.id(), deadline, template, form, offer);
    }
}
