package org.openiro.http.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.validation.Validated;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.openiro.access.Action;
import org.openiro.access.port.in.AuthorizeUseCase;
import org.openiro.authority.AuthorityCode;
import org.openiro.care.port.in.ViewChildUseCase;
import org.openiro.children.ChildId;
import org.openiro.http.input.Id;
import org.openiro.http.security.Permits;
import org.openiro.reviews.RecordedReview;
import org.openiro.reviews.port.in.AmendReviewUseCase;
import org.openiro.reviews.port.in.AmendReviewUseCase.AmendReviewCommand;
import org.openiro.reviews.port.in.RecordReviewUseCase.RecordReviewCommand;
import org.openiro.reviews.port.in.RecordReviewUseCase;
import org.openiro.reviews.port.in.ViewReviewsUseCase;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.StaleVersion;

/**
 * {@code …/children/{childId}/reviews/new} and {@code …/reviews/{reviewId}}: record a review, and amend one. The
 * write goes through the same use cases and the same permission (and audit) as the API's; a form the domain refuses
 * comes back with an error summary linking to each field and nothing written; one it takes redirects to the child
 * (post/redirect/get).
 */
@Hidden
@Controller("/authorities/{authority}/children/{childId}/reviews")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@Validated
class ReviewPages {

    /** The form being posted, kept on the request so that a refusal can show it again as typed. */
    private static final String POSTED = "iro.pages.review-form";

    private final Pages pages;
    private final PageCsrf csrf;
    private final RecordReviewUseCase record;
    private final AmendReviewUseCase amend;
    private final ViewReviewsUseCase reviews;
    private final ViewChildUseCase children;
    private final AuthorizeUseCase authorize;

    ReviewPages(Pages pages, PageCsrf csrf, RecordReviewUseCase record, AmendReviewUseCase amend,
                ViewReviewsUseCase reviews, ViewChildUseCase children, AuthorizeUseCase authorize) {
        this.pages = pages;
        this.csrf = csrf;
        this.record = record;
        this.amend = amend;
        this.reviews = reviews;
        this.children = children;
        this.authorize = authorize;
    }

    private record Posted(String authority, String childId, String reviewId, ReviewForm form) {
    }

    @Get("/new")
    @Permits(Action.READ_CHILD)
    HttpResponse<?> newReview(@PathVariable @Id String authority,
                              @PathVariable @Id String childId, HttpRequest<?> request) {
        mayWrite(request, authority, childId);
        return form(request, authority, childId, null, ReviewForm.blank(), FormErrors.NONE, HttpStatus.OK);
    }

    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<?> recordReview(@PathVariable @Id String authority,
                                 @PathVariable @Id String childId,
                                 @Body @Nullable String body, HttpRequest<?> request) {
        Form posted = Form.parse(body);
        csrf.check(request, posted.get(PageCsrf.FIELD));
        ReviewForm form = ReviewForm.posted(posted);
        request.setAttribute(POSTED, new Posted(authority, childId, null, form));
        record.record(new RecordReviewCommand(AuthorityCode.of(authority), ChildId.of(childId), form.details()));
        return Pages.seeOther("/authorities/" + authority + "/children/" + childId);
    }

    @Get("/{reviewId}")
    @Permits(Action.READ_CHILD)
    HttpResponse<?> review(@PathVariable @Id String authority,
                           @PathVariable @Id String childId,
                           @PathVariable @Id String reviewId, HttpRequest<?> request) {
        mayWrite(request, authority, childId);
        RecordedReview held = reviews.review(AuthorityCode.of(authority), ChildId.of(childId), reviewId);
        return form(request, authority, childId, reviewId, ReviewForm.of(held.review()), FormErrors.NONE,
                HttpStatus.OK);
    }

    @Post("/{reviewId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<?> amendReview(@PathVariable @Id String authority,
                                @PathVariable @Id String childId,
                                @PathVariable @Id String reviewId,
                                @Body @Nullable String body, HttpRequest<?> request) {
        Form posted = Form.parse(body);
        csrf.check(request, posted.get(PageCsrf.FIELD));
        ReviewForm form = ReviewForm.posted(posted);
        request.setAttribute(POSTED, new Posted(authority, childId, reviewId, form));
        amend.amend(new AmendReviewCommand(AuthorityCode.of(authority), ChildId.of(childId), reviewId,
                form.version(), form.details()));
        return Pages.seeOther("/authorities/" + authority + "/children/" + childId);
    }

    /** The domain refused the review: the form again, as typed, with what to put right; nothing was written. */
    @Error(exception = InvalidInput.class)
    HttpResponse<?> invalid(HttpRequest<?> request, InvalidInput e) {
        Optional<Posted> posted = request.getAttribute(POSTED, Posted.class);
        if (posted.isEmpty()) {
            throw e;
        }
        Posted p = posted.get();
        return form(request, p.authority(), p.childId(), p.reviewId(), p.form(), ReviewForm.errors(e),
                HttpStatus.BAD_REQUEST);
    }

    /** Someone else amended the review since this form was opened: say so, and keep what was typed. */
    @Error(exception = StaleVersion.class)
    HttpResponse<?> stale(HttpRequest<?> request, StaleVersion e) {
        Optional<Posted> posted = request.getAttribute(POSTED, Posted.class);
        if (posted.isEmpty()) {
            throw e;
        }
        Posted p = posted.get();
        return form(request, p.authority(), p.childId(), p.reviewId(), p.form(), FormErrors.of("meeting-0",
                "Someone else changed this review after you opened it: open it again to see their change"),
                HttpStatus.CONFLICT);
    }

    /** The form only for someone who may write the review: the API's rule for writing casework, asked here. */
    private void mayWrite(HttpRequest<?> request, String authority, String childId) {
        authorize.authorize(pages.caller(request), AuthorityCode.of(authority), Action.WRITE_CASEWORK,
                Optional.of(ChildId.of(childId)));
    }

    private HttpResponse<?> form(HttpRequest<?> request, String authority, String childId, String reviewId,
                                 ReviewForm form, FormErrors errors, HttpStatus status) {
        AuthorityCode code = AuthorityCode.of(authority);
        String name = children.view(code, ChildId.of(childId)).child().demographics().name();
        String title = reviewId == null ? "Record a review" : "Change a review";
        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        model.put("childId", childId);
        model.put("childName", name == null || name.isBlank() ? "Child " + childId : name);
        model.put("action", "/authorities/" + authority + "/children/" + childId + "/reviews/"
                + (reviewId == null ? "new" : reviewId));
        model.put("form", form);
        model.put("errors", errors);
        model.put("heading", title);
        return pages.render(status, "review", pages.layout(request, authority, title, errors),
                model, request);
    }
}
