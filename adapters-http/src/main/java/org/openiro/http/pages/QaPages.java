package org.openiro.http.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.openiro.access.Action;
import org.openiro.access.port.in.AuthorizeUseCase;
import org.openiro.authority.AuthorityCode;
import org.openiro.care.port.in.ViewChildUseCase;
import org.openiro.children.ChildId;
import org.openiro.http.input.Id;
import org.openiro.http.security.Permits;
import org.openiro.quality.QaForm;
import org.openiro.quality.ReviewQa;
import org.openiro.quality.port.in.AmendQaFormUseCase;
import org.openiro.quality.port.in.CompleteQaFormUseCase;
import org.openiro.quality.port.in.ViewQaFormUseCase;
import org.openiro.reviews.port.in.ViewReviewsUseCase;
import org.openiro.shared.Conflict;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.StaleVersion;

/**
 * {@code …/children/{childId}/reviews/{reviewId}/qa}: the QA form an IRO completes after a review (issue 24), and
 * amends. The authority's questions (of the version the form was completed under) as radios, and notes; the same use
 * cases and permissions as the API's {@code POST} and {@code PATCH …/qa}: the child's IRO or a manager, one form a
 * review. A form the domain refuses comes back as typed with the error summary; one it takes goes back to the child.
 */
@Hidden
@Controller("/authorities/{authority}/children/{childId}/reviews/{reviewId}/qa")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@Validated
class QaPages {

    /** The form being posted, kept on the request so that a refusal can show it again as typed. */
    private static final String POSTED = "iro.pages.qa-form";

    private record Posted(String authority, String childId, ReviewQa qa, Map<String, String> typed) {
    }

    private final Pages pages;
    private final PageCsrf csrf;
    private final ViewQaFormUseCase view;
    private final CompleteQaFormUseCase complete;
    private final AmendQaFormUseCase amend;
    private final ViewChildUseCase children;
    private final ViewReviewsUseCase reviews;
    private final AuthorizeUseCase authorize;

    QaPages(Pages pages, PageCsrf csrf, ViewQaFormUseCase view, CompleteQaFormUseCase complete,
            AmendQaFormUseCase amend, ViewChildUseCase children, ViewReviewsUseCase reviews,
            AuthorizeUseCase authorize) {
        this.pages = pages;
        this.csrf = csrf;
        this.view = view;
        this.complete = complete;
        this.amend = amend;
        this.children = children;
        this.reviews = reviews;
        this.authorize = authorize;
    }

    @Get
    @Permits(Action.READ_QA_FORM)
    HttpResponse<?> form(@PathVariable @Id String authority, @PathVariable @Id String childId,
                         @PathVariable @Id String reviewId, HttpRequest<?> request) {
        mayComplete(request, authority, childId);
        ReviewQa qa = view.form(AuthorityCode.of(authority), ChildId.of(childId), reviewId);
        Map<String, String> typed = new LinkedHashMap<>();
        qa.form().ifPresent(f -> {
            f.answers().byQuestion().forEach((q, a) -> typed.put(q, a));
            typed.put("notes", f.notes() == null ? "" : f.notes());
        });
        return page(request, authority, childId, qa, typed, FormErrors.NONE, HttpStatus.OK);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Permits(Action.COMPLETE_QA_FORM)
    HttpResponse<?> save(@PathVariable @Id String authority, @PathVariable @Id String childId,
                         @PathVariable @Id String reviewId, @Body @Nullable String body, HttpRequest<?> request) {
        Form posted = Form.parse(body);
        csrf.check(request, posted.get(PageCsrf.FIELD));
        AuthorityCode code = AuthorityCode.of(authority);
        ChildId child = ChildId.of(childId);
        ReviewQa qa = view.form(code, child, reviewId);
        QuestionForm form = QuestionForm.posted(qa.template().questions(), posted);
        Map<String, Object> answers = form.answers();
        String notes = form.notes();
        Map<String, String> typed = form.typed();
        request.setAttribute(POSTED, new Posted(authority, childId, qa, typed));
        if (qa.form().isPresent()) {
            QaForm stored = qa.form().get();
            long version = posted.get("version").matches("[0-9]{1,18}") ? Long.parseLong(posted.get("version"))
                    : stored.version();
            amend.amend(new AmendQaFormUseCase.AmendQaFormCommand(code, child, reviewId, version,
                    new AmendQaFormUseCase.Amendment(answers, notes, stored.completedOn())));
        } else {
            complete.complete(new CompleteQaFormUseCase.CompleteQaFormCommand(code, child, reviewId,
                    new CompleteQaFormUseCase.Completion(answers, notes, null, pages.caller(request).username())));
        }
        return Pages.seeOther("/authorities/" + authority + "/children/" + childId);
    }

    /** The domain refused the form: it comes back as typed, with what to put right; nothing was written. */
    @Error(exception = InvalidInput.class)
    HttpResponse<?> invalid(HttpRequest<?> request, InvalidInput e) {
        Posted p = request.getAttribute(POSTED, Posted.class).orElseThrow(() -> e);
        return page(request, p.authority(), p.childId(), p.qa(), p.typed(),
                QuestionForm.errors(p.qa().template().questions(), e), HttpStatus.BAD_REQUEST);
    }

    /** Someone else completed or changed the form first, or the review's series is still open: say which. */
    @Error(exception = Conflict.class)
    HttpResponse<?> conflict(HttpRequest<?> request, Conflict e) {
        Posted p = request.getAttribute(POSTED, Posted.class).orElseThrow(() -> e);
        String message = e instanceof StaleVersion
                ? "Someone else changed this QA form after you opened it: open it again to see their change"
                : QuestionForm.sentence(e.getMessage().replace("; PATCH it to amend it", ": open it again to change"
                + " it"));
        return page(request, p.authority(), p.childId(), p.qa(), p.typed(),
                FormErrors.of(QuestionForm.first(p.qa().template().questions()), message), HttpStatus.CONFLICT);
    }

    /** The form only for someone who may complete it: the API's rule, asked here, so a page never offers a 403. */
    private void mayComplete(HttpRequest<?> request, String authority, String childId) {
        authorize.authorize(pages.caller(request), AuthorityCode.of(authority), Action.COMPLETE_QA_FORM,
                Optional.of(ChildId.of(childId)));
    }

    private HttpResponse<?> page(HttpRequest<?> request, String authority, String childId, ReviewQa qa,
                                 Map<String, String> typed, FormErrors errors, HttpStatus status) {
        AuthorityCode code = AuthorityCode.of(authority);
        ChildId child = ChildId.of(childId);
        String name = children.view(code, child).child().demographics().name();
        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        model.put("childId", childId);
        model.put("childName", name == null || name.isBlank() ? "Child " + childId : name);
        model.put("held", reviews.review(code, child, qa.reviewId()).review().meetings().last());
        model.put("qa", qa);
        model.put("typed", typed);
        model.put("errors", errors);
        String title = qa.form().isPresent() ? "Change the quality assurance form" : "Quality assurance form";
        return pages.render(status, "qaForm", pages.layout(request, authority, title, errors), model, request);
    }
}
