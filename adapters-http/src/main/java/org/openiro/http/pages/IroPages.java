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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.access.Action;
import org.openiro.access.Caller;
import org.openiro.access.port.in.AuthorizeUseCase;
import org.openiro.authority.AuthorityCode;
import org.openiro.http.input.Id;
import org.openiro.http.security.Permits;
import org.openiro.shared.DomainException;
import org.openiro.shared.FieldError;
import org.openiro.shared.InvalidInput;
import org.openiro.workforce.IroCaseload;
import org.openiro.workforce.port.in.ViewIrosUseCase;
import org.openiro.workforce.port.in.PlanReallocationUseCase;
import org.openiro.workforce.port.in.ReallocateUseCase;
import org.openiro.workforce.port.in.ReallocateUseCase.ReallocateCommand;

/**
 * {@code /authorities/{a}/iros}: the IROs with their caseloads, FTE and band; {@code /iros/{iroId}}: one IRO's children,
 * each with a link to give them another IRO, and the choice of IROs to spread all of them across;
 * {@code /iros/{iroId}/reallocation-plan?to=…}: the plan the API's reallocation use case proposes, shown and changing
 * nothing; {@code POST …/reallocation-plan/apply}: the same plan applied, only once the manager confirms it. Reading
 * is the API's {@code READ_WORKFORCE}; proposing {@code PLAN_REALLOCATION} and applying {@code RECORD_CARE}, as there.
 */
@Hidden
@Controller("/authorities/{authority}/iros")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@Validated
class IroPages {

    private static final String CHOSEN = "iro.pages.reallocation-to";

    private final Pages pages;
    private final PageCsrf csrf;
    private final ViewIrosUseCase iros;
    private final PlanReallocationUseCase planReallocation;
    private final ReallocateUseCase reallocate;
    private final AuthorizeUseCase authorize;
    private final Clock clock;

    IroPages(Pages pages, PageCsrf csrf, ViewIrosUseCase iros, PlanReallocationUseCase planReallocation,
             ReallocateUseCase reallocate, AuthorizeUseCase authorize, Clock clock) {
        this.planReallocation = planReallocation;
        this.pages = pages;
        this.csrf = csrf;
        this.iros = iros;
        this.reallocate = reallocate;
        this.authorize = authorize;
        this.clock = clock;
    }

    @Get
    @Permits(Action.READ_WORKFORCE)
    HttpResponse<?> list(@PathVariable @Id String authority, @QueryValue @Nullable String reallocated,
                         @QueryValue @Nullable Integer moved, HttpRequest<?> request) {
        AuthorityCode code = AuthorityCode.of(authority);
        List<IroCaseload> caseloads = iros.caseloads(code);
        // Said only of an IRO of this service, so a made-up link shows nothing.
        String from = reallocated == null ? null : caseloads.stream().filter(c -> c.iro().id().equals(reallocated))
                .map(c -> c.iro().name()).findFirst().orElse(null);
        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        model.put("caseloads", caseloads);
        model.put("reallocatedFrom", from);
        model.put("moved", moved == null ? 0 : Math.max(0, moved));
        return pages.render("iros", pages.layout(request, authority, "IROs"), model, request);
    }

    @Get("/{iroId}")
    @Permits(Action.READ_WORKFORCE)
    HttpResponse<?> iro(@PathVariable @Id String authority, @PathVariable @Id String iroId, HttpRequest<?> request) {
        return iroPage(request, authority, iroId, List.of(), FormErrors.NONE, HttpStatus.OK);
    }

    @Get("/{iroId}/reallocation-plan")
    @Permits(Action.PLAN_REALLOCATION)
    HttpResponse<?> plan(@PathVariable @Id String authority, @PathVariable @Id String iroId,
                         @QueryValue @Nullable List<String> to, HttpRequest<?> request) {
        List<String> chosen = to == null ? List.of() : to.stream().filter(t -> !t.isBlank()).distinct().toList();
        request.setAttribute(CHOSEN, new Chosen(authority, iroId, chosen));
        ReallocateUseCase.Plan plan = planReallocation.plan(new ReallocateCommand(AuthorityCode.of(authority), iroId,
                chosen));
        return planPage(request, authority, iroId, chosen, plan, null, HttpStatus.OK);
    }

    @Post("/{iroId}/reallocation-plan/apply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Permits(Action.RECORD_CARE)
    HttpResponse<?> apply(@PathVariable @Id String authority, @PathVariable @Id String iroId,
                          @Body @Nullable String body, HttpRequest<?> request) {
        Form form = Form.parse(body);
        csrf.check(request, form.get(PageCsrf.FIELD));
        List<String> chosen = form.all("to");
        request.setAttribute(CHOSEN, new Chosen(authority, iroId, chosen));
        AuthorityCode code = AuthorityCode.of(authority);
        // What the manager confirmed is what is applied: if allocations changed since the plan was shown, the new
        // plan is shown to confirm instead.
        ReallocateUseCase.Plan now = planReallocation.plan(new ReallocateCommand(code, iroId, chosen));
        if (!moves(now).equals(form.all("move"))) {
            return planPage(request, authority, iroId, chosen, now,
                    "Allocations changed since the plan was shown: this is the plan now. Confirm it to apply it.",
                    HttpStatus.CONFLICT);
        }
        ReallocateUseCase.Plan applied = reallocate.reallocate(new ReallocateCommand(code, iroId, chosen));
        return Pages.seeOther("/authorities/" + authority + "/iros?reallocated=" + iroId + "&moved="
                + applied.moves().size());
    }

    private record Chosen(String authority, String iroId, List<String> to) {
    }

    /** The IROs chosen could not take the children (none chosen, one not working today…): said on the IRO's page. */
    @Error(exception = InvalidInput.class)
    HttpResponse<?> invalid(HttpRequest<?> request, InvalidInput e) {
        Chosen chosen = request.getAttribute(CHOSEN, Chosen.class).orElseThrow(() -> e);
        String message = e.errors().stream().map(FieldError::message).findFirst().orElse("choose the IROs");
        message = message.substring(0, 1).toUpperCase() + message.substring(1);
        return iroPage(request, chosen.authority(), chosen.iroId(), chosen.to(), FormErrors.of("to", message),
                HttpStatus.BAD_REQUEST);
    }

    static List<String> moves(ReallocateUseCase.Plan plan) {
        return plan.moves().stream().map(m -> m.child().value() + ":" + m.to()).toList();
    }

    private HttpResponse<?> iroPage(HttpRequest<?> request, String authority, String iroId, List<String> chosen,
                                    FormErrors errors, HttpStatus status) {
        AuthorityCode code = AuthorityCode.of(authority);
        Caller caller = pages.caller(request);
        ViewIrosUseCase.IroDetail detail = iros.iro(code, iroId);
        LocalDate today = LocalDate.now(clock);
        List<IroCaseload> others = iros.caseloads(code).stream()
                .filter(c -> !c.iro().id().equals(iroId) && c.iro().worksOn(today)).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        model.put("detail", detail);
        model.put("others", others);
        model.put("chosen", chosen);
        model.put("errors", errors);
        model.put("canPlan", may(caller, code, Action.PLAN_REALLOCATION));
        model.put("canAllocate", may(caller, code, Action.RECORD_CARE));
        return pages.render(status, "iro", pages.layout(request, authority,
                detail.caseload().iro().name(), errors), model, request);
    }

    private HttpResponse<?> planPage(HttpRequest<?> request, String authority, String iroId, List<String> chosen,
                                     ReallocateUseCase.Plan plan, String warning, HttpStatus status) {
        AuthorityCode code = AuthorityCode.of(authority);
        Map<String, String> names = new HashMap<>();
        iros.caseloads(code).forEach(c -> names.put(c.iro().id(), c.iro().name()));
        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        model.put("iroId", iroId);
        model.put("from", names.getOrDefault(iroId, iroId));
        model.put("plan", plan);
        model.put("names", names);
        model.put("chosen", chosen);
        model.put("moves", moves(plan));
        model.put("warning", warning == null ? "" : warning);
        return pages.render(status, "reallocationPlan", pages.layout(request, authority,
                "Check the reallocation of " + names.getOrDefault(iroId, iroId) + "'s children"), model, request);
    }

    private boolean may(Caller caller, AuthorityCode authority, Action action) {
        try {
            authorize.authorize(caller, authority, action, Optional.empty());
            return true;
        } catch (DomainException refused) {
            return false;
        }
    }
}
