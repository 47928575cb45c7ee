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
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.openiro.access.Action;
import org.openiro.access.port.in.AuthorizeUseCase;
import org.openiro.authority.AuthorityCode;
import org.openiro.care.ChildRecord;
import org.openiro.care.port.in.ViewChildUseCase;
import org.openiro.children.ChildId;
import org.openiro.http.input.Id;
import org.openiro.http.security.Permits;
import org.openiro.shared.InvalidInput;
import org.openiro.workforce.IroCaseload;
import org.openiro.workforce.port.in.AllocateIroUseCase;
import org.openiro.workforce.port.in.AllocateIroUseCase.AllocateIroCommand;
import org.openiro.workforce.port.in.AllocateIroUseCase.Allocated;
import org.openiro.workforce.port.in.ViewIrosUseCase;

/**
 * {@code /authorities/{a}/children/{childId}/iro}: a manager allocates the child an IRO, or gives them another, through
 * the API's allocation use case and permission ({@code RECORD_CARE}); each IRO offered with their caseload and band.
 */
@Hidden
@Controller("/authorities/{authority}/children/{childId}/iro")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@Validated
class AllocationPages {

    private static final String POSTED = "iro.pages.allocation-form";

    private final Pages pages;
    private final PageCsrf csrf;
    private final AllocateIroUseCase allocate;
    private final ViewIrosUseCase iros;
    private final ViewChildUseCase children;
    private final AuthorizeUseCase authorize;
    private final Clock clock;

    AllocationPages(Pages pages, PageCsrf csrf, AllocateIroUseCase allocate, ViewIrosUseCase iros,
                    ViewChildUseCase children, AuthorizeUseCase authorize, Clock clock) {
        this.pages = pages;
        this.csrf = csrf;
        this.allocate = allocate;
        this.iros = iros;
        this.children = children;
        this.authorize = authorize;
        this.clock = clock;
    }

    private record Posted(String authority, String childId, Form form) {
    }

    @Get
    @Permits(Action.READ_CHILD)
    HttpResponse<?> form(@PathVariable @Id String authority, @PathVariable @Id String childId,
                         HttpRequest<?> request) {
        authorize.authorize(pages.caller(request), AuthorityCode.of(authority), Action.RECORD_CARE, Optional.empty());
        String[] today = DateField.parts(LocalDate.now(clock));
        Form form = Form.empty().with("from-day", today[0]).with("from-month", today[1]).with("from-year", today[2]);
        return page(request, authority, childId, form, FormErrors.NONE, HttpStatus.OK);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Permits(Action.RECORD_CARE)
    HttpResponse<?> allocate(@PathVariable @Id String authority, @PathVariable @Id String childId,
                             @Body @Nullable String body, HttpRequest<?> request) {
        Form form = Form.parse(body);
        csrf.check(request, form.get(PageCsrf.FIELD));
        request.setAttribute(POSTED, new Posted(authority, childId, form));
        String iro = form.get("iro");
        if (iro.isEmpty()) {
            throw new InvalidInput("iro", "Choose the child's IRO");
        }
        LocalDate from = DateField.read(form, "from", "The date the IRO takes the child");
        if (from == null) {
            throw new InvalidInput("from", "Enter the date the IRO takes the child");
        }
        String reason = form.get("reason");
        if (reason.length() > 400) {
            throw new InvalidInput("reason", "The reason must be 400 characters or fewer");
        }
        Allocated done = allocate.allocate(new AllocateIroCommand(AuthorityCode.of(authority), ChildId.of(childId),
                iro, from, reason.isEmpty() ? null : reason));
        // Allowed, but said on the child's page: siblings normally share one IRO (the API's warning).
        return Pages.seeOther("/authorities/" + authority + "/children/" + childId + "?allocated=yes"
                + (done.siblingsElsewhere().isEmpty() ? "" : "&siblings=" + String.join(",",
                        done.siblingsElsewhere().stream().map(ChildId::value).toList())));
    }

    @Error(exception = InvalidInput.class)
    HttpResponse<?> invalid(HttpRequest<?> request, InvalidInput e) {
        Posted p = request.getAttribute(POSTED, Posted.class).orElseThrow(() -> e);
        FormErrors errors = FormErrors.of(e.errors(), field -> switch (field) {
            case "iroId", "iro" -> "iro";
            case "reason" -> "reason";
            default -> "from";
        }, (id, m) -> (id.equals("iro") ? "The IRO " : id.equals("reason") ? "The reason " : "The date ") + m);
        return page(request, p.authority(), p.childId(), p.form(), errors, HttpStatus.BAD_REQUEST);
    }

    private HttpResponse<?> page(HttpRequest<?> request, String authority, String childId, Form form,
                                 FormErrors errors, HttpStatus status) {
        AuthorityCode code = AuthorityCode.of(authority);
        ChildRecord record = children.view(code, ChildId.of(childId));
        String name = record.child().demographics().name();
        LocalDate today = LocalDate.now(clock);
        Map<String, String> options = new LinkedHashMap<>();
        for (IroCaseload c : iros.caseloads(code)) {
            if (c.iro().worksOn(today)) {
                options.put(c.iro().id(), c.iro().name() + ": " + c.lookedAfter().size() + " children, "
                        + String.format(java.util.Locale.UK, "%.1f", c.perFte()) + " per FTE"
                        + (c.overBand() ? ", over band" : ""));
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        model.put("childId", childId);
        model.put("childName", name == null || name.isBlank() ? "Child " + childId : name);
        model.put("current", record.iro().map(a -> a.iroId()).orElse(""));
        model.put("options", options);
        model.put("form", form);
        model.put("errors", errors);
        model.put("anchor", (java.util.function.UnaryOperator<String>) id -> id.equals("from") ? "from-day" : id);
        return pages.render(status, "allocation", pages.layout(request, authority,
                "Choose the child's IRO", errors), model, request);
    }
}
