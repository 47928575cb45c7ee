package org.openiro.http.alerts;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.openiro.access.Action;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.escalation.Alert;
import org.openiro.escalation.GoodPracticeNote;
import org.openiro.escalation.Person;
import org.openiro.escalation.StageRaising;
import org.openiro.escalation.port.in.AlertView;
import org.openiro.escalation.port.in.EscalateAlertCommand;
import org.openiro.escalation.port.in.EscalateAlertUseCase;
import org.openiro.escalation.port.in.RaiseAlertCommand;
import org.openiro.escalation.port.in.RaiseAlertUseCase;
import org.openiro.escalation.port.in.RecordGoodPracticeCommand;
import org.openiro.escalation.port.in.RecordGoodPracticeUseCase;
import org.openiro.escalation.port.in.ReferToCafcassCommand;
import org.openiro.escalation.port.in.ReferToCafcassUseCase;
import org.openiro.escalation.port.in.ResolveAlertCommand;
import org.openiro.escalation.port.in.ResolveAlertUseCase;
import org.openiro.escalation.port.in.RespondToAlertCommand;
import org.openiro.escalation.port.in.RespondToAlertUseCase;
import org.openiro.escalation.port.in.TakeLegalAdviceCommand;
import org.openiro.escalation.port.in.TakeLegalAdviceUseCase;
import org.openiro.escalation.port.in.ViewAlertsUseCase;
import org.openiro.escalation.port.in.WithdrawAlertCommand;
import org.openiro.escalation.port.in.WithdrawAlertUseCase;
import org.openiro.escalation.AlertFilter;
import org.openiro.http.IfMatch;
import org.openiro.http.input.Code;
import org.openiro.http.input.Id;
import org.openiro.http.security.Callers;
import org.openiro.http.security.Permits;
import org.openiro.shared.Page;

/** The dispute resolution process over HTTP (api.md). */
@Controller("/api/authorities/{authority}")
@Validated
class AlertsController {

    private final ViewAlertsUseCase alerts;
    private final Steps steps;
    private final Callers callers;

    /** What a person does to an alert over the API, each its own use case. */
    record Steps(RaiseAlertUseCase raise, RespondToAlertUseCase respond, EscalateAlertUseCase escalate,
                 ResolveAlertUseCase resolve, WithdrawAlertUseCase withdraw, ReferToCafcassUseCase cafcass,
                 TakeLegalAdviceUseCase legalAdvice, RecordGoodPracticeUseCase goodPractice) {
    }

    AlertsController(ViewAlertsUseCase alerts, RaiseAlertUseCase raise, RespondToAlertUseCase respond,
                     EscalateAlertUseCase escalate, ResolveAlertUseCase resolve, WithdrawAlertUseCase withdraw,
                     ReferToCafcassUseCase cafcass, TakeLegalAdviceUseCase legalAdvice,
                     RecordGoodPracticeUseCase goodPractice, Callers callers) {
        this.alerts = alerts;
        this.steps = new Steps(raise, respond, escalate, resolve, withdraw, cafcass, legalAdvice, goodPractice);
        this.callers = callers;
    }

    @Serdeable
    record PersonBody(@NotBlank @Id String id, @Nullable @Size(max = 200) String name, @NotBlank @Code String role,
                      @Nullable @Size(max = 254) String email) {
        Person toPerson() {
            return new Person(id, name, role, email);
        }
    }

    @Serdeable
    record RaiseBody(@Nullable LocalDate raisedOn, @NotEmpty @Size(max = 100) List<@NotBlank @Code String> reasons, @NotBlank @Code String stage,
                     @Nullable @Valid PersonBody raisedWith, @NotBlank @Size(max = 4000) String description,
                     @Nullable @Size(max = 4000) String outcomeSought, @Nullable @Size(max = 200) String partnerAgency,
                     @Nullable @Code String theme) {
    }

    @Serdeable
    record RespondBody(@Nullable LocalDate respondedOn, @NotNull @Valid PersonBody by,
                       @Nullable @Size(max = 4000) String text) {
    }

    @Serdeable
    record EscalateBody(@NotBlank @Code String stage, @NotNull @Valid PersonBody raisedWith, @Nullable LocalDate on,
                        @Nullable @Size(max = 4000) String reason) {
    }

    @Serdeable
    record FactBody(@Nullable LocalDate on, @Nullable @Size(max = 4000) String note) {
    }

    @Serdeable
    record ResolveBody(@Nullable LocalDate resolvedOn, @NotBlank @Size(max = 4000) String outcome,
                       @Nullable @Size(max = 100) List<@NotBlank @Code String> impact, @Nullable @Size(max = 4000) String impactText) {
    }

    @Serdeable
    record WithdrawBody(@Nullable LocalDate on, @Nullable @Size(max = 4000) String reason) {
    }

    @Serdeable
    record GoodPracticeBody(@NotNull LocalDate on, @Nullable @Id String socialWorkerId, @Nullable @Size(max = 200) String team,
                            @NotBlank @Size(max = 4000) String text) {
    }

    @Serdeable
    record PersonView(String id, @Nullable String name, String role, @Nullable String email) {
        static PersonView of(Person p) {
            return p == null ? null : new PersonView(p.id(), p.name(), p.role().word(), p.email());
        }
    }

    @Serdeable
    record ResponseView(LocalDate respondedOn, @Nullable PersonView by, @Nullable String text, boolean inTimescale) {
    }

    /** @param overdue past its due date with no response while the alert was at this stage */
    @Serdeable
    record StageView(String stage, PersonView raisedWith, LocalDate on, LocalDate dueBy, boolean overdue,
                     @Nullable String reason, @Nullable ResponseView response) {
        static StageView of(StageRaising s, boolean overdue) {
            return new StageView(s.stage(), PersonView.of(s.raisedWith()), s.on(), s.dueBy(), overdue, s.reason(),
                    s.response() == null ? null : new ResponseView(s.response().respondedOn(),
                            PersonView.of(s.response().by()), s.response().text(), s.answeredInTimescale()));
        }
    }

    @Serdeable
    record FactView(LocalDate on, @Nullable String note) {
        static FactView of(Alert.Fact f) {
            return f == null ? null : new FactView(f.on(), f.note());
        }
    }

    @Serdeable
    record ResolutionView(LocalDate resolvedOn, String outcome, List<String> impact, @Nullable String impactText) {
    }

    /**
     * @param limitWorkingDays the escalation limit the alert started with, to read {@code ageWorkingDays} against
     * @param clockStartedOn   the day the limit is counted from; null while an alert whose clock starts at the
     *                         first formal stage has not reached one
     */
    @Serdeable
    record AlertBody(String id, long version, String childId, String status, String stage, LocalDate dueBy,
                     boolean overTimescale, int ageWorkingDays, int limitWorkingDays,
                     @Nullable LocalDate clockStartedOn, LocalDate raisedOn, List<String> reasons,
                     @Nullable String description, @Nullable String outcomeSought, @Nullable String partnerAgency,
                     @Nullable String theme, String ladder, List<StageView> stages, @Nullable FactView cafcassReferral,
                     @Nullable FactView legalAdvice, @Nullable ResolutionView resolution,
                     @Nullable FactView withdrawal) {
        static AlertBody of(AlertView view) {
            Alert a = view.alert();
            Alert.Resolution r = a.resolution();
            return new AlertBody(a.id(), a.version(), a.childId().value(), a.status().id(), a.current().stage(),
                    a.current().dueBy(), view.overTimescale(), view.ageWorkingDays(), a.limitWorkingDays(),
                    a.clockStart(), a.raisedOn(), a.reasons(),
                    a.description(), a.outcomeSought(), a.partnerAgency(), a.theme(), a.ladder().preset().word(),
                    java.util.stream.IntStream.range(0, a.stages().size())
                            .mapToObj(i -> StageView.of(a.stages().get(i), view.stagesOverdue().get(i))).toList(),
                    FactView.of(a.cafcassReferral()),
                    FactView.of(a.legalAdvice()), r == null ? null
                    : new ResolutionView(r.resolvedOn(), r.outcome(), r.impact(), r.impactText()),
                    FactView.of(a.withdrawal()));
        }
    }

    @Serdeable
    record AlertPage(List<AlertBody> items, int page, int size, long totalItems) {
    }

    private static URI location(String authority, String alertId, String tail) {
        return URI.create("/api/authorities/" + authority + "/alerts/" + alertId + tail);
    }

    private static HttpResponse<AlertBody> withEtag(HttpResponse<AlertBody> response, AlertView view) {
        return ((io.micronaut.http.MutableHttpResponse<AlertBody>) response).header("ETag",
                "\"" + view.alert().version() + "\"");
    }

    /** A new fact recorded on the alert: 201, the alert as it now is, and where it lives. */
    private static HttpResponse<AlertBody> created(String authority, AlertView view) {
        return withEtag(HttpResponse.created(AlertBody.of(view), location(authority, view.alert().id(), "")), view);
    }

    @Post("/children/{childId}/alerts")
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<AlertBody> raise(@PathVariable @Id String authority,
                                  @PathVariable @Id String childId,
                                  @Body @Valid RaiseBody body) {
        AlertView view = steps.raise().raise(new RaiseAlertCommand(AuthorityCode.of(authority),
                ChildId.of(childId), body.raisedOn(), body.reasons(), body.stage(),
                body.raisedWith() == null ? null : body.raisedWith().toPerson(), body.description(),
                body.outcomeSought(), body.partnerAgency(), body.theme()));
        return withEtag(HttpResponse.created(AlertBody.of(view), location(authority, view.alert().id(), "")), view);
    }

    @Get("/alerts")
    @Permits(Action.READ_ALERTS)
    AlertPage list(@PathVariable @Id String authority,
                   @QueryValue @Nullable @Code String status, @QueryValue @Nullable @Code String stage,
                   @QueryValue @Nullable @Id String child,
                   @QueryValue(defaultValue = "0") @Min(0) int page,
                   @QueryValue(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        Page<AlertView> found = alerts.alerts(AuthorityCode.of(authority), new AlertFilter(status, stage,
                child), new Page.Request(page, size));
        return new AlertPage(found.items().stream().map(AlertBody::of).toList(), found.page(), found.size(),
                found.totalItems());
    }

    @Get("/alerts/{alertId}")
    @Permits(Action.READ_ALERT)
    HttpResponse<AlertBody> get(@PathVariable @Id String authority,
                                @PathVariable @Id String alertId) {
        AlertView view = alerts.alert(AuthorityCode.of(authority), alertId);
        return withEtag(HttpResponse.ok(AlertBody.of(view)), view);
    }

    @Post("/alerts/{alertId}/responses")
    @Permits(Action.RESPOND_TO_ALERT)
    HttpResponse<AlertBody> respond(@PathVariable @Id String authority,
                                    @PathVariable @Id String alertId,
                                    @Body @Valid RespondBody body, Authentication authentication,
            @io.micronaut.http.annotation.Header("If-Match") @Nullable String ifMatch) {
        AlertView view = steps.respond().respond(new RespondToAlertCommand(AuthorityCode.of(authority), alertId,
                callers.of(authentication), body.respondedOn(), body.by().toPerson(), body.text(),
                IfMatch.version(ifMatch)));
        return created(authority, view);
    }

    @Post("/alerts/{alertId}/escalations")
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<AlertBody> escalate(@PathVariable @Id String authority,
                                     @PathVariable @Id String alertId,
                                     @Body @Valid EscalateBody body,
            @io.micronaut.http.annotation.Header("If-Match") @Nullable String ifMatch) {
        AlertView view = steps.escalate().escalate(new EscalateAlertCommand(AuthorityCode.of(authority), alertId,
                body.stage(), body.raisedWith().toPerson(), body.on(), body.reason(), IfMatch.version(ifMatch)));
        return created(authority, view);
    }

    @Post("/alerts/{alertId}/cafcass-referral")
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<AlertBody> cafcass(@PathVariable @Id String authority,
                                    @PathVariable @Id String alertId,
                                    @Body @Valid FactBody body,
            @io.micronaut.http.annotation.Header("If-Match") @Nullable String ifMatch) {
        AlertView view = steps.cafcass().refer(new ReferToCafcassCommand(AuthorityCode.of(authority), alertId,
                body.on(), body.note(), IfMatch.version(ifMatch)));
        return created(authority, view);
    }

    @Post("/alerts/{alertId}/legal-advice")
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<AlertBody> legalAdvice(
            @PathVariable @Id String authority,
            @PathVariable @Id String alertId,
            @Body @Valid FactBody body,
            @io.micronaut.http.annotation.Header("If-Match") @Nullable String ifMatch) {
        AlertView view = steps.legalAdvice().takeAdvice(new TakeLegalAdviceCommand(AuthorityCode.of(authority),
                alertId, body.on(), body.note(), IfMatch.version(ifMatch)));
        return created(authority, view);
    }

    /** An action: answers the alert as it now is. */
    @Post("/alerts/{alertId}/resolution")
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<AlertBody> resolve(@PathVariable @Id String authority,
                                    @PathVariable @Id String alertId,
                                    @Body @Valid ResolveBody body,
            @io.micronaut.http.annotation.Header("If-Match") @Nullable String ifMatch) {
        AlertView view = steps.resolve().resolve(new ResolveAlertCommand(AuthorityCode.of(authority), alertId,
                body.resolvedOn(), body.outcome(), body.impact(), body.impactText(), IfMatch.version(ifMatch)));
        return withEtag(HttpResponse.ok(AlertBody.of(view)), view);
    }

    @Post("/alerts/{alertId}/withdrawal")
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<AlertBody> withdraw(@PathVariable @Id String authority,
                                     @PathVariable @Id String alertId,
                                     @Body @Valid WithdrawBody body,
            @io.micronaut.http.annotation.Header("If-Match") @Nullable String ifMatch) {
        AlertView view = steps.withdraw().withdraw(new WithdrawAlertCommand(AuthorityCode.of(authority), alertId,
                body.on(), body.reason(), IfMatch.version(ifMatch)));
        return created(authority, view);
    }

    @Serdeable
    record GoodPracticeView(String id, LocalDate on, @Nullable String socialWorkerId, @Nullable String team,
                            String text) {
    }

    @Post("/children/{childId}/good-practice")
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<GoodPracticeView> goodPractice(
            @PathVariable @Id String authority,
            @PathVariable @Id String childId,
            @Body @Valid GoodPracticeBody body) {
        GoodPracticeNote note = steps.goodPractice().record(new RecordGoodPracticeCommand(
                AuthorityCode.of(authority), ChildId.of(childId), body.on(), body.socialWorkerId(), body.team(),
                body.text()));
        return HttpResponse.created(new GoodPracticeView(note.id(), note.on(), note.socialWorkerId(), note.team(),
                note.text()), URI.create("/api/authorities/" + authority + "/children/" + childId + "/good-practice/"
                + note.id()));
    }
}
