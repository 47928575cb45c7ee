package org.openiro.http.reviews;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.Validated;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openiro.access.Action;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.http.IfMatch;
import org.openiro.http.children.ChildView.NextReviewView;
import org.openiro.http.errors.JsonBodies;
import org.openiro.http.input.Code;
import org.openiro.http.input.Id;
import org.openiro.http.security.Permits;
import org.openiro.reviews.BringForwardReason;
import org.openiro.reviews.RecordedReview;
import org.openiro.reviews.port.in.AmendReviewUseCase;
import org.openiro.reviews.port.in.BringReviewForwardUseCase;
import org.openiro.reviews.port.in.BringReviewForwardUseCase.BringReviewForwardCommand;
import org.openiro.reviews.port.in.DeleteReviewUseCase;
import org.openiro.reviews.port.in.DeleteReviewUseCase.DeleteReviewCommand;
import org.openiro.reviews.port.in.AmendReviewUseCase.AmendReviewCommand;
import org.openiro.reviews.port.in.RecordReviewUseCase.RecordReviewCommand;
import org.openiro.reviews.port.in.RecordReviewUseCase;
import org.openiro.reviews.port.in.ViewReviewsUseCase;
import org.openiro.shared.InvalidInput;

/** A child's reviews (api.md): record, read, correct with a merge patch, delete one recorded in error. */
@Controller("/api/authorities/{authority}/children/{childId}/reviews")
@Validated
class ReviewsController {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final RecordReviewUseCase record;
    private final AmendReviewUseCase amend;
    private final DeleteReviewUseCase deleteReview;
    private final ViewReviewsUseCase view;
    private final BringReviewForwardUseCase bringForward;
    private final JsonMapper json;
    private final JsonBodies bodies;
    private final Validator validator;

    ReviewsController(RecordReviewUseCase record, AmendReviewUseCase amend, DeleteReviewUseCase deleteReview,
                      ViewReviewsUseCase view, BringReviewForwardUseCase bringForward, JsonMapper json, JsonBodies bodies,
                      Validator validator) {
        this.record = record;
        this.amend = amend;
        this.deleteReview = deleteReview;
        this.view = view;
        this.bringForward = bringForward;
        this.json = json;
        this.bodies = bodies;
        this.validator = validator;
    }

    @Post
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<ReviewView> create(@PathVariable @Id String authority,
                                    @PathVariable @Id String childId,
                                    @Body @Valid ReviewBody body) {
        RecordedReview recorded = record.record(new RecordReviewCommand(AuthorityCode.of(authority), ChildId.of(childId),
                body.toDetails()));
        return withEtag(HttpResponse.created(ReviewView.of(recorded), URI.create("/api/authorities/" + authority
                + "/children/" + childId + "/reviews/" + recorded.review().id())), recorded);
    }

    @Get
    @Permits(Action.READ_CHILD)
    List<ReviewView> list(@PathVariable @Id String authority,
                          @PathVariable @Id String childId) {
        return view.reviews(AuthorityCode.of(authority), ChildId.of(childId)).stream().map(ReviewView::of).toList();
    }

    @Get("/{reviewId}")
    @Permits(Action.READ_CHILD)
    HttpResponse<ReviewView> get(@PathVariable @Id String authority,
                                 @PathVariable @Id String childId,
                                 @PathVariable @Id String reviewId) {
        RecordedReview recorded = view.review(AuthorityCode.of(authority), ChildId.of(childId), reviewId);
        return withEtag(HttpResponse.ok(ReviewView.of(recorded)), recorded);
    }

    /** RFC 7396 merge patch over the review as stored; If-Match names the version the change was made against. */
    @Patch("/{reviewId}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<ReviewView> patch(@PathVariable @Id String authority,
                                   @PathVariable @Id String childId,
                                   @PathVariable @Id String reviewId,
                                   @Header("If-Match") @Nullable String ifMatch, @Body String patch) {
        AuthorityCode code = AuthorityCode.of(authority);
        ChildId child = ChildId.of(childId);
        Long expected = IfMatch.version(ifMatch);
        ReviewView current = ReviewView.of(view.review(code, child, reviewId));
        ReviewBody merged = merge(current.asBody(), patch);
        RecordedReview amended = amend.amend(new AmendReviewCommand(code, child, reviewId,
                expected == null ? current.version() : expected, merged.toDetails()));
        return withEtag(HttpResponse.ok(ReviewView.of(amended)), amended);
    }

    @Delete("/{reviewId}")
    @Permits(Action.DELETE_REVIEW)
    HttpResponse<Void> delete(@PathVariable @Id String authority,
                              @PathVariable @Id String childId,
                              @PathVariable @Id String reviewId,
                              @Header("If-Match") @Nullable String ifMatch) {
        deleteReview.delete(new DeleteReviewCommand(AuthorityCode.of(authority), ChildId.of(childId), reviewId,
                IfMatch.version(ifMatch)));
        return HttpResponse.noContent();
    }

    @Serdeable
    record BringForwardBody(@NotNull LocalDate dueBy, @NotBlank @Code String reason) {
    }

    @Post("/bring-forward")
    @Permits(Action.WRITE_CASEWORK)
    NextReviewView bringForward(@PathVariable @Id String authority,
                                @PathVariable @Id String childId,
                                @Body @Valid BringForwardBody body) {
        return NextReviewView.of(bringForward.bringForward(new BringReviewForwardCommand(AuthorityCode.of(authority),
                ChildId.of(childId), body.dueBy(), BringForwardReason.of("reason", body.reason()))));
    }

    private ReviewBody merge(ReviewBody current, String patch) {
        try {
            JsonBodies.requireOneValue(patch);
            Map<String, Object> patchMap = json.readValue(patch, Argument.mapOf(String.class, Object.class));
            Set<String> allowed = json.readValue(json.writeValueAsBytes(current),
                    Argument.mapOf(String.class, Object.class)).keySet();
            patchMap.keySet().stream().filter(k -> !allowed.contains(k)).findFirst().ifPresent(unknown -> {
                throw new InvalidInput(unknown, "is not a field of this request");
            });
            if (patchMap.containsKey("bookingId") && !java.util.Objects.equals(patchMap.get("bookingId"),
                    current.bookingId())) {
                throw new InvalidInput("bookingId", "the booking a review was held for does not change");
            }
            if (patchMap.containsKey("seriesComplete") && patchMap.get("seriesComplete") == null) {
                // Clearing it means nothing here: keep what is stored rather than fall back to the default.
                patchMap.remove("seriesComplete");
            }
            Map<String, Object> merged = MergePatch.apply(json.readValue(json.writeValueAsBytes(current),
                    Argument.mapOf(String.class, Object.class)), patchMap);
            ReviewBody body = bodies.read(json.writeValueAsBytes(merged), Argument.of(ReviewBody.class));
            Set<ConstraintViolation<ReviewBody>> violations = validator.validate(body);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            return body;
        } catch (IOException e) {
            throw new InvalidInput("body", "a merge patch is a JSON object");
        } catch (RuntimeException e) {
            if (e instanceof InvalidInput || e instanceof ConstraintViolationException) {
                throw e;
            }
            throw new InvalidInput("body", "a merge patch is a JSON object");
        }
    }


    static <T> HttpResponse<T> withEtag(io.micronaut.http.MutableHttpResponse<T> response, RecordedReview recorded) {
        return response.header("ETag", "\"" + recorded.review().version() + "\"");
    }



}
