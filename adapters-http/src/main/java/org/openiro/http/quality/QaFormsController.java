package org.openiro.http.quality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.Validated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openiro.access.Action;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.children.SocialWorker;
import org.openiro.http.IfMatch;
import org.openiro.http.errors.JsonBodies;
import org.openiro.http.input.Code;
import org.openiro.http.input.Id;
import org.openiro.http.reviews.MergePatch;
import org.openiro.http.reviews.ReviewView.DeadlineView;
import org.openiro.http.security.Permits;
import org.openiro.quality.QaForm;
import org.openiro.quality.QaTemplate;
import org.openiro.quality.Question;
import org.openiro.quality.ReviewQa;
import org.openiro.quality.UnknownQaForm;
import org.openiro.quality.port.in.AmendQaFormUseCase;
import org.openiro.quality.port.in.ChangeQaTemplateUseCase;
import org.openiro.quality.port.in.CompleteQaFormUseCase;
import org.openiro.quality.port.in.ViewQaFormUseCase;
import org.openiro.quality.port.in.ViewQaTemplateUseCase;
import org.openiro.shared.InvalidInput;

/** The authority's QA form (its questions) and each review's completed form (issue 24). */
@Controller("/api/authorities/{authority}")
@Validated
class QaFormsController {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final ViewQaTemplateUseCase viewTemplate;
    private final ChangeQaTemplateUseCase changeTemplate;
    private final CompleteQaFormUseCase complete;
    private final AmendQaFormUseCase amend;
    private final ViewQaFormUseCase view;
    private final JsonMapper json;
    private final JsonBodies bodies;

    QaFormsController(ViewQaTemplateUseCase viewTemplate, ChangeQaTemplateUseCase changeTemplate,
                      CompleteQaFormUseCase complete, AmendQaFormUseCase amend, ViewQaFormUseCase view,
                      JsonMapper json, JsonBodies bodies) {
        this.viewTemplate = viewTemplate;
        this.changeTemplate = changeTemplate;
        this.complete = complete;
        this.amend = amend;
        this.view = view;
        this.json = json;
        this.bodies = bodies;
    }

    @Serdeable
    record QuestionBody(@Nullable @Id String id, @Nullable String label, @Nullable @Code String scale,
                        @Nullable Boolean opensAlert) {
    }

    @Serdeable
    record TemplateBody(@NotNull List<QuestionBody> questions) {
        List<Question> toQuestions() {
            List<Question> parsed = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                QuestionBody q = questions.get(i);
                if (q == null) {
                    throw new InvalidInput("questions[" + i + "]", "must be a question");
                }
                parsed.add(Question.of("questions[" + i + "]", q.id(), q.label(), q.scale(), q.opensAlert()));
            }
            return parsed;
        }
    }

    @Serdeable
    record QuestionView(String id, String label, String scale, boolean opensAlert) {
        static QuestionView of(Question q) {
            return new QuestionView(q.id(), q.label(), q.scale().id(), q.opensAlert());
        }
    }

    @Serdeable
    record TemplateView(int version, List<QuestionView> questions) {
        static TemplateView of(QaTemplate t) {
            return new TemplateView(t.version(), t.questions().stream().map(QuestionView::of).toList());
        }
    }

    /** @param answers question id to answer: {@code yes}, {@code no}, {@code not-applicable}, or a rating 1–4 */
    @Serdeable
    record QaFormBody(@NotNull Map<String, Object> answers, @Nullable String notes, @Nullable LocalDate completedOn) {
    }

    @Serdeable
    record FormView(long version, int templateVersion, Map<String, Object> answers, @Nullable String notes,
                    LocalDate completedOn, String completedBy, @Nullable String socialWorkerId,
                    @Nullable String team) {
        static FormView of(QaForm f) {
            return new FormView(f.version(), f.templateVersion(), f.answers().values(), f.notes(), f.completedOn(),
                    f.completedBy(), f.socialWorkerId(), f.team());
        }
    }

    @Serdeable
    record PersonView(String id, String name, String role, String email) {
    }

    /** @param link where to raise it */
    @Serdeable
    record AlertOfferView(List<String> questions, @Nullable PersonView raisedWith, String link) {
    }

    /**
     * A review's QA form: when it is due and how it stands, the questions (of the form's version, or the current one
     * for a form still to do), the form, and an alert its answers offer.
     */
    @Serdeable
    record ReviewQaView(String reviewId, String childId, @Nullable DeadlineView deadline, TemplateView template,
                        @Nullable FormView form, @Nullable AlertOfferView alertOffer) {
        static ReviewQaView of(String authority, ReviewQa qa) {
            AlertOfferView offer = qa.alertOffer().map(o -> {
                SocialWorker sw = o.socialWorker();
                return new AlertOfferView(o.questions(), sw == null ? null
                        : new PersonView(sw.id(), sw.name(), "social-worker", sw.email()),
                        "/api/authorities/" + authority + "/children/" + qa.childId().value() + "/alerts");
            }).orElse(null);
            return new ReviewQaView(qa.reviewId(), qa.childId().value(), qa.deadline() == null ? null
                    : new DeadlineView(qa.deadline().due(), qa.deadline().metOn(), qa.deadline().status().id()),
                    TemplateView.of(qa.template()), qa.form().map(FormView::of).orElse(null), offer);
        }
    }

    @Get("/qa/form")
    @Permits(Action.READ_QA_TEMPLATE)
    HttpResponse<TemplateView> template(
            @PathVariable @Id String authority) {
        QaTemplate template = viewTemplate.template(AuthorityCode.of(authority));
        return HttpResponse.ok(TemplateView.of(template)).header("ETag", "\"" + template.version() + "\"");
    }

    /** A new version of the form; forms already completed keep theirs. If-Match names the version changed. */
    @Put("/qa/form")
    @Permits(Action.SET_QA_TEMPLATE)
    HttpResponse<TemplateView> changeTemplate(
            @PathVariable @Id String authority,
            @Body @Valid TemplateBody body, @Header("If-Match") @Nullable String ifMatch) {
        QaTemplate template = changeTemplate.change(new ChangeQaTemplateUseCase.ChangeQaTemplateCommand(
                AuthorityCode.of(authority), body.toQuestions(), IfMatch.version(ifMatch)));
        return HttpResponse.ok(TemplateView.of(template)).header("ETag", "\"" + template.version() + "\"");
    }

    private static String path(String authority, String childId, String reviewId) {
        return "/api/authorities/" + authority + "/children/" + childId + "/reviews/" + reviewId + "/qa";
    }

    private static <T> MutableHttpResponse<T> withEtag(MutableHttpResponse<T> response, ReviewQa qa) {
        return qa.form().isPresent() ? response.header("ETag", "\"" + qa.form().get().version() + "\"") : response;
    }

    @Post("/children/{childId}/reviews/{reviewId}/qa")
    @Permits(Action.COMPLETE_QA_FORM)
    HttpResponse<ReviewQaView> completeForm(
            @PathVariable @Id String authority,
            @PathVariable @Id String childId,
            @PathVariable @Id String reviewId,
            @Body @Valid QaFormBody body, Authentication authentication) {
        ReviewQa qa = complete.complete(new CompleteQaFormUseCase.CompleteQaFormCommand(AuthorityCode.of(authority),
                ChildId.of(childId), reviewId, new CompleteQaFormUseCase.Completion(body.answers(), body.notes(),
                        body.completedOn(), authentication.getName())));
        return withEtag(HttpResponse.created(ReviewQaView.of(authority, qa),
                URI.create(path(authority, childId, reviewId))), qa);
    }

    @Get("/children/{childId}/reviews/{reviewId}/qa")
    @Permits(Action.READ_QA_FORM)
    HttpResponse<ReviewQaView> form(@PathVariable @Id String authority,
                                    @PathVariable @Id String childId,
                                    @PathVariable @Id String reviewId) {
        ReviewQa qa = view.form(AuthorityCode.of(authority), ChildId.of(childId), reviewId);
        return withEtag(HttpResponse.ok(ReviewQaView.of(authority, qa)), qa);
    }

    /**
     * RFC 7396 merge patch over the form as stored: {@code answers} merge question by question ({@code null} takes an
     * answer back), {@code notes} and {@code completedOn} are replaced. If-Match names the version it was made against.
     */
    @Patch("/children/{childId}/reviews/{reviewId}/qa")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Permits(Action.COMPLETE_QA_FORM)
    HttpResponse<ReviewQaView> amendForm(
            @PathVariable @Id String authority,
            @PathVariable @Id String childId,
            @PathVariable @Id String reviewId,
            @Header("If-Match") @Nullable String ifMatch, @Body String patch) {
        AuthorityCode code = AuthorityCode.of(authority);
        ChildId child = ChildId.of(childId);
        Long expected = IfMatch.version(ifMatch);
        ReviewQa current = view.form(code, child, reviewId);
        QaForm stored = current.form().orElseThrow(() -> new UnknownQaForm(reviewId));
        QaFormBody merged = merge(stored, patch);
        ReviewQa amended = amend.amend(new AmendQaFormUseCase.AmendQaFormCommand(code, child, reviewId,
                expected == null ? stored.version() : expected,
                new AmendQaFormUseCase.Amendment(merged.answers(), merged.notes(), merged.completedOn())));
        return withEtag(HttpResponse.ok(ReviewQaView.of(authority, amended)), amended);
    }

    private QaFormBody merge(QaForm stored, String patch) {
        Map<String, Object> patchMap;
        JsonBodies.requireOneValue(patch);
        try {
            patchMap = json.readValue(patch, Argument.mapOf(String.class, Object.class));
        } catch (IOException | RuntimeException e) {
            throw new InvalidInput("body", "a merge patch is a JSON object");
        }
        if (patchMap == null) {
            throw new InvalidInput("body", "a merge patch is a JSON object");
        }
        Map<String, Object> current = new LinkedHashMap<>();
        current.put("answers", stored.answers().values());
        current.put("notes", stored.notes());
        current.put("completedOn", stored.completedOn().toString());
        patchMap.keySet().stream().filter(k -> !current.containsKey(k)).findFirst().ifPresent(unknown -> {
            throw new InvalidInput(unknown, "is not a field of this request");
        });
        Map<String, Object> merged = MergePatch.apply(current, patchMap);
        merged.putIfAbsent("answers", Map.of());
        try {
            return bodies.read(json.writeValueAsBytes(merged), Argument.of(QaFormBody.class));
        } catch (IOException e) {
            throw new InvalidInput("body", "a merge patch is a JSON object");
        }
    }
}
