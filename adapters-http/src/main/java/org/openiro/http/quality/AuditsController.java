package org.openiro.http.quality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.Validated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openiro.access.Action;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.children.LegalStatus;
import org.openiro.http.input.Code;
import org.openiro.http.input.Id;
import org.openiro.http.security.Callers;
import org.openiro.http.security.Permits;
import org.openiro.quality.AnswerTally;
import org.openiro.quality.AuditSummary;
import org.openiro.quality.AuditedChild;
import org.openiro.quality.CaseAudit;
import org.openiro.quality.Cohort;
import org.openiro.quality.FootprintCheck;
import org.openiro.quality.Question;
import org.openiro.quality.Scale;
import org.openiro.quality.port.in.DrawAuditUseCase;
import org.openiro.quality.port.in.RecordAuditFindingsUseCase;
import org.openiro.quality.port.in.ViewAuditsUseCase;
import org.openiro.quality.port.in.ViewAuditsUseCase.AuditView;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.Page;

/** Dip-sample and footprint audits of children's records (issue 24): drawn, listed, answered child by child. */
@Controller("/api/authorities/{authority}/audits")
@Validated
class AuditsController {

    private final DrawAuditUseCase draw;
    private final RecordAuditFindingsUseCase findings;
    private final ViewAuditsUseCase audits;
    private final Callers callers;

    AuditsController(DrawAuditUseCase draw, RecordAuditFindingsUseCase findings, ViewAuditsUseCase audits,
                     Callers callers) {
        this.draw = draw;
        this.findings = findings;
        this.audits = audits;
        this.callers = callers;
    }

    /** Every filter optional; {@code lookedAfter} defaults to true. */
    @Serdeable
    record CohortBody(@Nullable @Size(max = 100) List<@Code String> legalStatuses,
                      @Nullable @Size(max = 100) List<@Code String> placementTypes,
                      @Nullable Integer ageFrom, @Nullable Integer ageTo, @Nullable Boolean disability,
                      @Nullable Boolean uasc, @Nullable @Id String iroId, @Nullable Boolean lookedAfter) {
        Cohort toCohort() {
            return Cohort.of("cohort", legalStatuses, placementTypes, ageFrom, ageTo, disability, uasc, iroId,
                    lookedAfter);
        }
    }

    @Serdeable
    record AuditQuestionBody(@Nullable @Id String id, @Nullable String label, @Nullable @Code String scale) {
    }

    @Serdeable
    record DrawBody(@Nullable @Code String kind, @Nullable String title, @Nullable LocalDate on,
                    @NotNull @Valid CohortBody cohort, @NotNull Integer sampleSize, @Nullable Long seed,
                    @Nullable List<AuditQuestionBody> questions, @NotNull @Size(max = 100) List<@Id String> auditors) {
        List<Question> toQuestions() {
            if (questions == null) {
                return null;
            }
            List<Question> parsed = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                AuditQuestionBody q = questions.get(i);
                if (q == null) {
                    throw new InvalidInput("questions[" + i + "]", "must be a question");
                }
                parsed.add(Question.of("questions[" + i + "]", q.id(), q.label(), q.scale(), false));
            }
            return parsed;
        }
    }

    @Serdeable
    record FindingsBody(@NotNull Map<String, Object> answers, @Nullable String notes) {
    }

    @Serdeable
    record CohortView(List<String> legalStatuses, List<String> placementTypes, @Nullable Integer ageFrom,
                      @Nullable Integer ageTo, @Nullable Boolean disability, @Nullable Boolean uasc,
                      @Nullable String iroId, boolean lookedAfter) {
        static CohortView of(Cohort c) {
            return new CohortView(c.legalStatuses().stream().map(LegalStatus::name).toList(), c.placementTypes(),
                    c.ageFrom(), c.ageTo(), c.disability(), c.uasc(), c.iroId(), c.lookedAfter());
        }
    }

    @Serdeable
    record QuestionView(String id, String label, String scale) {
    }

    @Serdeable
    record FindingsView(Map<String, Object> answers, @Nullable String notes, LocalDate recordedOn,
                        String recordedBy) {
    }

    /**
     * @param status {@code awaiting} until the auditor records findings, then {@code done}
     * @param checks a footprint audit's checks, each {@code met}, {@code not-met}, {@code pending} or
     *               {@code not-applicable}; null for a dip sample
     */
    @Serdeable
    record ChildView(String childId, @Nullable String iroId, String auditor, String status,
                     @Nullable Map<String, String> checks, @Nullable FindingsView findings) {
        static ChildView of(AuditedChild c) {
            Map<String, String> checks = null;
            if (!c.checks().isEmpty()) {
                checks = new LinkedHashMap<>();
                for (Map.Entry<FootprintCheck, FootprintCheck.Result> check : c.checks().entrySet()) {
                    checks.put(check.getKey().id(), check.getValue().id());
                }
            }
            return new ChildView(c.childId().value(), c.iroId(), c.auditor(), c.findings() == null ? "awaiting"
                    : "done", checks, c.findings() == null ? null : new FindingsView(c.findings().answers().values(),
                    c.findings().notes(), c.findings().recordedOn(), c.findings().recordedBy()));
        }
    }

    @Serdeable
    record Progress(int done, int total, boolean complete) {
    }

    @Serdeable
    record AnswerCountView(Object answer, long count, @Nullable Double share) {
    }

    /** @param answered findings that answered the question: what each share divides by */
    @Serdeable
    record AnswersView(String questionId, long answered, List<AnswerCountView> counts) {
        static AnswersView of(AnswerTally tally) {
            return new AnswersView(tally.questionId(), tally.answered(), tally.counts().entrySet().stream()
                    .map(e -> new AnswerCountView(Scale.value(e.getKey()), e.getValue(), tally.share(e.getKey())))
                    .toList());
        }
    }

    @Serdeable
    record CheckCountsView(String check, long met, long notMet, long pending, long notApplicable) {
    }

    /**
     * @param sampleSize the size asked for
     * @param seed       the sample is drawn again from the same cohort with it (docs/quality-assurance.md)
     */
    @Serdeable
    record AuditBody(String id, String kind, String title, LocalDate on, CohortView cohort, int cohortSize,
                     int sampleSize, long seed, List<QuestionView> questions, List<String> auditors,
                     LocalDate drawnOn, String drawnBy, Progress progress, List<ChildView> children,
                     List<AnswersView> answers, List<CheckCountsView> checks) {
        static AuditBody of(AuditView view) {
            CaseAudit a = view.audit();
            List<CheckCountsView> checks = new ArrayList<>();
            view.checks().forEach((check, counts) -> checks.add(new CheckCountsView(check.id(),
                    counts.get(FootprintCheck.Result.MET), counts.get(FootprintCheck.Result.NOT_MET),
                    counts.get(FootprintCheck.Result.PENDING), counts.get(FootprintCheck.Result.NOT_APPLICABLE))));
            return new AuditBody(a.id(), a.kind().id(), a.title(), a.on(), CohortView.of(a.cohort()), a.cohortSize(),
                    a.sampleSize(), a.seed(), a.questions().stream().map(q -> new QuestionView(q.id(), q.label(),
                    q.scale().id())).toList(), a.auditors(), a.drawnOn(), a.drawnBy(),
                    new Progress(a.done(), a.children().size(), a.complete()),
                    a.children().stream().map(ChildView::of).toList(),
                    view.answers().stream().map(AnswersView::of).toList(), checks);
        }
    }

    @Serdeable
    record SummaryView(String id, String kind, String title, LocalDate on, int cohortSize, LocalDate drawnOn,
                       Progress progress) {
        static SummaryView of(AuditSummary s) {
            return new SummaryView(s.id(), s.kind().id(), s.title(), s.on(), s.cohortSize(), s.drawnOn(),
                    new Progress(s.done(), s.sampled(), s.done() == s.sampled()));
        }
    }

    @Serdeable
    record SummaryPage(List<SummaryView> items, int page, int size, long totalItems) {
    }

    @Post
    @Permits(Action.DRAW_CASE_AUDIT)
    HttpResponse<AuditBody> draw(@PathVariable @Id String authority,
                                 @Body @Valid DrawBody body, Authentication authentication) {
        AuditView view = draw.draw(new DrawAuditUseCase.DrawAuditCommand(AuthorityCode.of(authority),
                new DrawAuditUseCase.Draw(body.kind(), body.title(), body.on(), body.cohort().toCohort(),
                        body.sampleSize(), body.seed(), body.toQuestions(), body.auditors(),
                        authentication.getName())));
        return HttpResponse.created(AuditBody.of(view), URI.create("/api/authorities/" + authority + "/audits/"
                + view.audit().id()));
    }

    @Get
    @Permits(Action.READ_CASE_AUDITS)
    SummaryPage list(@PathVariable @Id String authority,
                     @QueryValue @Nullable @Id String auditor,
                     @QueryValue(defaultValue = "0") @Min(0) int page,
                     @QueryValue(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        Page<AuditSummary> found = audits.audits(AuthorityCode.of(authority), auditor, new Page.Request(page, size));
        return new SummaryPage(found.items().stream().map(SummaryView::of).toList(), found.page(), found.size(),
                found.totalItems());
    }

    @Get("/{auditId}")
    @Permits(Action.READ_CASE_AUDITS)
    AuditBody audit(@PathVariable @Id String authority,
                    @PathVariable @Id String auditId) {
        return AuditBody.of(audits.audit(AuthorityCode.of(authority), auditId));
    }

    @Post("/{auditId}/children/{childId}/findings")
    @Permits(Action.RECORD_AUDIT_FINDINGS)
    HttpResponse<ChildView> recordFindings(
            @PathVariable @Id String authority,
            @PathVariable @Id String auditId,
            @PathVariable @Id String childId,
            @Body @Valid FindingsBody body, Authentication authentication) {
        AuditedChild recorded = findings.record(new RecordAuditFindingsUseCase.RecordAuditFindingsCommand(
                AuthorityCode.of(authority), auditId, ChildId.of(childId), callers.of(authentication), body.answers(),
                body.notes()));
        return HttpResponse.created(ChildView.of(recorded), URI.create("/api/authorities/" + authority + "/audits/"
                + auditId + "/children/" + childId + "/findings"));
    }
}
