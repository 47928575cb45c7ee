package org.openiro.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.Child;
import org.openiro.quality.port.out.QaTemplateRepository;
import org.openiro.reviews.Deadline;
import org.openiro.reviews.Deadlines;
import org.openiro.reviews.Review;
import org.openiro.shared.InvalidInput;

/**
 * What completing, amending and reading a QA form share: the template a form was completed under, the checks on its
 * date and notes, and the form as answered with its deadline.
 */
final class QaFormViews {

    private final QaTemplateRepository templates;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    QaFormViews(QaTemplateRepository templates, WorkingDayCalendar calendar, Clock clock) {
        this.templates = templates;
        this.calendar = calendar;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    QaTemplate template(AuthorityCode code, int version) {
        return templates.version(code, version).orElseThrow(() -> new IllegalStateException(
                "QA form version " + version + " of " + code.value() + " is not stored"));
    }

    LocalDate completedOn(LocalDate given, Review review) {
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

    static String notes(String notes) {
        if (notes != null && notes.length() > QaForm.MAX_NOTES) {
            throw new InvalidInput("notes", "must be at most " + QaForm.MAX_NOTES + " characters");
        }
        return notes == null || notes.isBlank() ? null : notes;
    }

    /**
     * The form's deadline is the review's record deadline: the same day, on the domain's calendar, under the policy of
     * the review's first meeting. A review imported without its follow-up owes none the service can judge.
     */
    ReviewQa view(Authority authority, Child child, Review review, Optional<QaForm> form,
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
