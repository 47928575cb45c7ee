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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.access.Action;
import org.openiro.access.Caller;
import org.openiro.access.port.in.AuthorizeUseCase;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.LadderStage;
import org.openiro.authority.Policy;
import org.openiro.authority.port.in.ViewAuthorityUseCase;
import org.openiro.care.port.in.ViewChildUseCase;
import org.openiro.children.ChildId;
import org.openiro.escalation.Alert;
import org.openiro.escalation.AlertFilter;
import org.openiro.escalation.Person;
import org.openiro.escalation.port.in.AlertView;
import org.openiro.escalation.port.in.EscalateAlertCommand;
import org.openiro.escalation.port.in.EscalateAlertUseCase;
import org.openiro.escalation.port.in.RaiseAlertCommand;
import org.openiro.escalation.port.in.RaiseAlertUseCase;
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
import org.openiro.http.input.Id;
import org.openiro.http.security.Permits;
import org.openiro.shared.DomainException;
import org.openiro.shared.FieldError;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.Page;

/**
 * The dispute resolution process in pages: {@code /authorities/{a}/alerts}, the authority's alerts, overdue responses
 * first; {@code /alerts/{id}}, one alert with its history and its ladder, and a form for each step the API offers,
 * shown only to whom may take it; {@code /children/{childId}/alerts/new}, raising one. Each step calls the use case
 * the API calls under the API's permission; a form refused comes back as typed with the error summary (400), one
 * taken goes back to the alert (303).
 */
@Hidden
@Controller("/authorities/{authority}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@Validated
class AlertPages {

    static final int PAGE_SIZE = 50;
    /** As the API's bodies allow: a longer text is refused, not cut. */
    private static final int MAX_TEXT = 4000;
    private static final String POSTED = "iro.pages.alert-form";
    private static final List<String> STATUSES = List.of("open", "responded", "resolved", "withdrawn");
    /**
     * Each form's date field, by the form's name, and what it dates. A step recorded late carries its own date, as
     * the API's steps do; left as the form offers it, it is today.
     */
    private static final Map<String, String> DATES = Map.of("raise", "raised-on", "respond", "responded-on",
            "escalate", "escalated-on", "resolve", "resolved-on", "withdraw", "withdrawn-on", "cafcass", "cafcass-on",
            "legal-advice", "legal-advice-on");
    private static final Map<String, String> DATE_LABELS = Map.of("raised-on", "The date it was raised",
            "responded-on", "Date of the response", "escalated-on", "Date escalated", "resolved-on", "Date resolved",
            "withdrawn-on", "Date withdrawn", "cafcass-on", "Date referred", "legal-advice-on",
            "Date the advice was taken");

    private final Pages pages;
    private final PageCsrf csrf;
    private final ViewAlertsUseCase alerts;
    private final Steps steps;
    private final ViewChildUseCase children;
    private final ViewAuthorityUseCase authorities;
    private final AuthorizeUseCase authorize;
    private final Clock clock;

    /** What a person does to an alert from these pages, each the use case the API calls for it. */
    record Steps(RaiseAlertUseCase raise, RespondToAlertUseCase respond, EscalateAlertUseCase escalate,
                 ResolveAlertUseCase resolve, WithdrawAlertUseCase withdraw, ReferToCafcassUseCase cafcass,
                 TakeLegalAdviceUseCase legalAdvice) {
    }

    AlertPages(Pages pages, PageCsrf csrf, ViewAlertsUseCase alerts, RaiseAlertUseCase raise,
               RespondToAlertUseCase respond, EscalateAlertUseCase escalate, ResolveAlertUseCase resolve,
               WithdrawAlertUseCase withdraw, ReferToCafcassUseCase cafcass, TakeLegalAdviceUseCase legalAdvice,
               ViewChildUseCase children, ViewAuthorityUseCase authorities, AuthorizeUseCase authorize,
               Clock clock) {
        this.pages = pages;
        this.csrf = csrf;
        this.alerts = alerts;
        this.steps = new Steps(raise, respond, escalate, resolve, withdraw, cafcass, legalAdvice);
        this.children = children;
        this.authorities = authorities;
        this.authorize = authorize;
        this.clock = clock;
    }

    /** A form posted, kept so that a refusal shows it again as typed; {@code alertId} null for raising one. */
    private record Posted(String authority, String alertId, String childId, String form, Form fields) {
    }

    @Get("/alerts")
    @Permits(Action.READ_ALERTS)
    HttpResponse<?> list(@PathVariable @Id String authority, @QueryValue @Nullable String status,
                         @QueryValue @Nullable String stage, @QueryValue @Nullable String overdue,
                         @QueryValue(defaultValue = "1") int page, HttpRequest<?> request) {
        AuthorityCode code = AuthorityCode.of(authority);
        Policy policy = authorities.view(code).policy();
        List<LadderStage> ladder = policy.escalation().ladder().stages();
        String shownStatus = status != null && STATUSES.contains(status) ? status : "";
        String shownStage = stage != null && ladder.stream().anyMatch(s -> s.id().equals(stage)) ? stage : "";
        boolean onlyOverdue = "yes".equals(overdue);
        int shown = Math.max(1, page);
        Page<AlertView> found = alerts.alertsOverdueFirst(code, new AlertFilter(shownStatus.isEmpty() ? null
                : shownStatus, shownStage.isEmpty() ? null : shownStage, null), onlyOverdue,
                new Page.Request(shown - 1, PAGE_SIZE));
        long pagesTotal = Math.max(1, (found.totalItems() + PAGE_SIZE - 1) / PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        model.put("alerts", found.items());
        model.put("total", found.totalItems());
        model.put("page", shown);
        model.put("pages", pagesTotal);
        model.put("query", (shownStatus.isEmpty() ? "" : "&status=" + shownStatus)
                + (shownStage.isEmpty() ? "" : "&stage=" + shownStage) + (onlyOverdue ? "&overdue=yes" : ""));
        model.put("ladder", ladder);
        model.put("status", shownStatus);
        model.put("stage", shownStage);
        model.put("overdue", onlyOverdue);
        return pages.render("alerts", pages.layout(request, authority, "Alerts"), model, request);
    }

    @Get("/alerts/{alertId}")
    @Permits(Action.READ_ALERT)
    HttpResponse<?> alert(@PathVariable @Id String authority, @PathVariable @Id String alertId,
                          HttpRequest<?> request) {
        return show(request, authority, alertId, null, FormErrors.NONE, HttpStatus.OK);
    }

    @Post("/alerts/{alertId}/responses")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Permits(Action.RESPOND_TO_ALERT)
    HttpResponse<?> respond(@PathVariable @Id String authority, @PathVariable @Id String alertId,
                            @Body @Nullable String body, HttpRequest<?> request) {
        Form form = posted(request, authority, alertId, null, "respond", body);
        List<FieldError> problems = new ArrayList<>();
        String text = text(form, problems, "response-text", "Enter the response", true);
        LocalDate on = date(form, problems, "responded-on");
        refuseIf(problems);
        AuthorityCode code = AuthorityCode.of(authority);
        // The answer is the person's the alert is raised with: a social worker's own (the use case refuses anyone
        // else's), or one an IRO or manager records for them.
        Person by = alerts.alert(code, alertId).alert().current().raisedWith();
        steps.respond().respond(new RespondToAlertCommand(code, alertId, pages.caller(request), on, by, text,
                version(form)));
        return Pages.seeOther(alertPath(authority, alertId));
    }

    @Post("/alerts/{alertId}/escalations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<?> escalate(@PathVariable @Id String authority, @PathVariable @Id String alertId,
                             @Body @Nullable String body, HttpRequest<?> request) {
        Form form = posted(request, authority, alertId, null, "escalate", body);
        AuthorityCode code = AuthorityCode.of(authority);
        Alert alert = alerts.alert(code, alertId).alert();
        List<FieldError> problems = new ArrayList<>();
        Optional<LadderStage> rung = alert.ladder().stages().stream()
                .filter(s -> s.id().equals(form.get("escalation-stage"))).findFirst();
        if (rung.isEmpty()) {
            problems.add(new FieldError("escalation-stage", "Choose the stage to escalate the alert to"));
        }
        Person with = person(form, problems, "escalation-with", rung.map(s -> s.respondentRole().word()).orElse(null),
                true);
        String reason = text(form, problems, "escalation-reason", "Enter why the alert is escalated", false);
        LocalDate on = date(form, problems, "escalated-on");
        refuseIf(problems);
        steps.escalate().escalate(new EscalateAlertCommand(code, alertId, rung.orElseThrow().id(), with, on,
                reason, version(form)));
        return Pages.seeOther(alertPath(authority, alertId));
    }

    @Post("/alerts/{alertId}/resolution")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<?> resolve(@PathVariable @Id String authority, @PathVariable @Id String alertId,
                            @Body @Nullable String body, HttpRequest<?> request) {
        Form form = posted(request, authority, alertId, null, "resolve", body);
        List<FieldError> problems = new ArrayList<>();
        String outcome = text(form, problems, "outcome", "Enter the outcome", true);
        String impactText = text(form, problems, "impact-text", "Enter the impact for the child", false);
        LocalDate on = date(form, problems, "resolved-on");
        refuseIf(problems);
        steps.resolve().resolve(new ResolveAlertCommand(AuthorityCode.of(authority), alertId, on, outcome,
                form.all("impact"), impactText, version(form)));
        return Pages.seeOther(alertPath(authority, alertId));
    }

    @Post("/alerts/{alertId}/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<?> withdraw(@PathVariable @Id String authority, @PathVariable @Id String alertId,
                             @Body @Nullable String body, HttpRequest<?> request) {
        return noteStep(request, authority, alertId, "withdraw", body, "withdrawal-reason",
                "Enter why the alert is withdrawn", (code, id, on, note, version) -> steps.withdraw().withdraw(
                        new WithdrawAlertCommand(code, id, on, note, version)));
    }

    @Post("/alerts/{alertId}/cafcass-referral")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<?> cafcass(@PathVariable @Id String authority, @PathVariable @Id String alertId,
                            @Body @Nullable String body, HttpRequest<?> request) {
        return noteStep(request, authority, alertId, "cafcass", body, "cafcass-note", "Enter a note",
                (code, id, on, note, version) -> steps.cafcass().refer(
                        new ReferToCafcassCommand(code, id, on, note, version)));
    }

    @Post("/alerts/{alertId}/legal-advice")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<?> legalAdvice(@PathVariable @Id String authority, @PathVariable @Id String alertId,
                                @Body @Nullable String body, HttpRequest<?> request) {
        return noteStep(request, authority, alertId, "legal-advice", body, "legal-advice-note", "Enter a note",
                (code, id, on, note, version) -> steps.legalAdvice().takeAdvice(
                        new TakeLegalAdviceCommand(code, id, on, note, version)));
    }

    /** A step of the alert's that takes its date and an optional note (withdraw, Cafcass, advice). */
    private interface NoteStep {
        AlertView take(AuthorityCode authority, String alertId, LocalDate on, String note, Long expectedVersion);
    }

    private HttpResponse<?> noteStep(HttpRequest<?> request, String authority, String alertId, String name,
                                     String body, String field, String missing, NoteStep step) {
        Form form = posted(request, authority, alertId, null, name, body);
        List<FieldError> problems = new ArrayList<>();
        String note = text(form, problems, field, missing, false);
        LocalDate on = date(form, problems, DATES.get(name));
        refuseIf(problems);
        step.take(AuthorityCode.of(authority), alertId, on, note, version(form));
        return Pages.seeOther(alertPath(authority, alertId));
    }

    /** The form only for someone who may raise one for this child: the API's rule for casework, asked here. */
    @Get("/children/{childId}/alerts/new")
    @Permits(Action.READ_CHILD)
    HttpResponse<?> newAlert(@PathVariable @Id String authority, @PathVariable @Id String childId,
                             HttpRequest<?> request) {
        authorize.authorize(pages.caller(request), AuthorityCode.of(authority), Action.WRITE_CASEWORK,
                Optional.of(ChildId.of(childId)));
        return raiseForm(request, authority, childId, today(Form.empty(), "raised-on"), FormErrors.NONE,
                HttpStatus.OK);
    }

    @Post("/children/{childId}/alerts/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Permits(Action.WRITE_CASEWORK)
    HttpResponse<?> raise(@PathVariable @Id String authority, @PathVariable @Id String childId,
                          @Body @Nullable String body, HttpRequest<?> request) {
        Form form = posted(request, authority, null, childId, "raise", body);
        AuthorityCode code = AuthorityCode.of(authority);
        List<FieldError> problems = new ArrayList<>();
        if (form.all("reasons").isEmpty()) {
            problems.add(new FieldError("reasons", "Select at least one reason for the alert"));
        }
        Optional<LadderStage> rung = authorities.view(code).policy().escalation().ladder().stages().stream()
                .filter(s -> s.id().equals(form.get("stage"))).findFirst();
        if (rung.isEmpty()) {
            problems.add(new FieldError("stage", "Choose the stage to raise the alert at"));
        }
        String description = text(form, problems, "description", "Enter what the alert is about", true);
        String outcomeSought = text(form, problems, "outcome-sought", "Enter the outcome sought", false);
        LocalDate raisedOn = date(form, problems, "raised-on");
        PartnerAgency partner = partner(form, problems);
        // A partner escalation is raised with someone at the agency, named here: nobody is on record for it.
        Person with = partner == null
                ? person(form, problems, "with", rung.map(s -> s.respondentRole().word()).orElse(null), false)
                : person(form, problems, "with", org.openiro.authority.Role.PARTNER_AGENCY.word(), true);
        refuseIf(problems);
        AlertView raised = steps.raise().raise(new RaiseAlertCommand(code, ChildId.of(childId), raisedOn,
                form.all("reasons"), rung.orElseThrow().id(), with, description, outcomeSought,
                partner == null ? null : partner.agency(), partner == null ? null : partner.theme()));
        return Pages.seeOther(alertPath(authority, raised.alert().id()));
    }

    /** The domain or the form refused what was posted: the page again, as typed, with what to put right. */
    @Error(exception = InvalidInput.class)
    HttpResponse<?> invalid(HttpRequest<?> request, InvalidInput e) {
        Optional<Posted> posted = request.getAttribute(POSTED, Posted.class);
        if (posted.isEmpty()) {
            throw e;
        }
        Posted p = posted.get();
        FormErrors errors = errors(p.form(), e);
        return p.alertId() == null ? raiseForm(request, p.authority(), p.childId(), p.fields(), errors,
                HttpStatus.BAD_REQUEST) : show(request, p.authority(), p.alertId(), p, errors, HttpStatus.BAD_REQUEST);
    }

    private Form posted(HttpRequest<?> request, String authority, String alertId, String childId, String name,
                        String body) {
        Form form = Form.parse(body);
        csrf.check(request, form.get(PageCsrf.FIELD));
        request.setAttribute(POSTED, new Posted(authority, alertId, childId, name, form));
        return form;
    }

    private static void refuseIf(List<FieldError> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** A text field: null when empty (or refused when required), refused past the API's length. */
    private static String text(Form form, List<FieldError> problems, String id, String missing, boolean required) {
        String value = form.get(id);
        if (value.isEmpty()) {
            if (required) {
                problems.add(new FieldError(id, missing));
            }
            return null;
        }
        if (value.length() > MAX_TEXT) {
            problems.add(new FieldError(id, "Write no more than " + MAX_TEXT + " characters"));
        }
        return value;
    }

    /**
     * The person an alert is raised or escalated with, in the stage's role: their staff id, name and email. Left
     * empty when raising, the use case takes the child's social worker or team manager on record.
     */
    private static Person person(Form form, List<FieldError> problems, String prefix, String role, boolean required) {
        String id = form.get(prefix + "-id");
        String name = form.get(prefix + "-name");
        String email = form.get(prefix + "-email");
        if (id.isEmpty() && name.isEmpty() && email.isEmpty() && !required) {
            return null;
        }
        if (id.isEmpty()) {
            problems.add(new FieldError(prefix + "-id", "Enter the staff id of the person the alert is raised with"));
            return null;
        }
        if (name.length() > 200 || email.length() > 254) {
            problems.add(new FieldError(prefix + (name.length() > 200 ? "-name" : "-email"), "That is too long"));
        }
        if (role == null) {
            return null; // the stage is missing, and said so
        }
        try {
            return new Person(id, name.isEmpty() ? null : name, role, email.isEmpty() ? null : email);
        } catch (InvalidInput e) {
            problems.add(new FieldError(prefix + "-id", "The staff id must be 1 to 36 letters, digits, '-' or '_'"));
            return null;
        }
    }

    /** A step's date: null (today, as the use case takes it) when left empty; a date that is not one refused. */
    private static LocalDate date(Form form, List<FieldError> problems, String id) {
        try {
            return DateField.read(form, id, DATE_LABELS.get(id));
        } catch (InvalidInput e) {
            problems.addAll(e.errors());
            return null;
        }
    }

    /** The form with today's date in each of the named date fields, as a step's form first offers it. */
    private Form today(Form form, String... ids) {
        String[] today = DateField.parts(LocalDate.now(clock));
        Form offered = form;
        for (String id : ids) {
            offered = offered.with(id + "-day", today[0]).with(id + "-month", today[1]).with(id + "-year", today[2]);
        }
        return offered;
    }

    /** The agency and theme of a partner escalation (domain.md: both or neither). */
    private record PartnerAgency(String agency, String theme) {
    }

    /** Null when the alert is raised within the authority, as most are: neither an agency nor a theme chosen. */
    private static PartnerAgency partner(Form form, List<FieldError> problems) {
        String agency = form.get("partner-agency");
        String theme = form.get("theme");
        if (agency.isEmpty() && theme.isEmpty()) {
            return null;
        }
        if (!AlertWords.AGENCIES.contains(agency)) {
            problems.add(new FieldError("partner-agency", "Choose the partner agency it is raised with"));
        }
        if (!AlertWords.THEMES.contains(theme)) {
            problems.add(new FieldError("theme", "Choose what the escalation is about"));
        }
        return new PartnerAgency(agency, theme);
    }

    private static Long version(Form form) {
        try {
            return form.get("version").isEmpty() ? null : Long.parseLong(form.get("version"));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The domain's field names as the form's ids; a message of the domain's own begins with what it is about. */
    private static FormErrors errors(String form, InvalidInput e) {
        return FormErrors.of(e.errors(), field -> fieldId(form, field), (id, m) -> DATE_LABELS.containsKey(id)
                ? dateMessage(DATE_LABELS.get(id), m) : label(id) + ": " + m);
    }

    /** The domain's words on a date ("must not be before 2026-11-02") as a GOV.UK error message says them. */
    private static String dateMessage(String label, String message) {
        String before = "must not be before ";
        if (message.startsWith(before)) {
            return label + " must be on or after " + Dates.format(LocalDate.parse(message.substring(before.length())));
        }
        return message.equals("must not be in the future") ? label + " must be today or in the past"
                : label + ": " + message;
    }

    private static String fieldId(String form, String field) {
        if (field.contains("-")) {
            return field; // the form's own
        }
        if (field.equals("on") || field.endsWith("On")) {
            return DATES.get(form);
        }
        return switch (form) {
            case "raise" -> field.startsWith("raisedWith") ? "with-id" : field.equals("reasons") ? "reasons"
                    : field.equals("description") ? "description" : field.equals("partnerAgency") ? "partner-agency"
                    : field.equals("theme") ? "theme" : "stage";
            case "escalate" -> field.startsWith("raisedWith") ? "escalation-with-id" : "escalation-stage";
            case "resolve" -> field.equals("impact") ? "impact" : "outcome";
            case "withdraw" -> "withdrawal-reason";
            case "cafcass" -> "cafcass-note";
            case "legal-advice" -> "legal-advice-note";
            default -> "response-text";
        };
    }

    private static String label(String id) {
        return switch (id) {
            case "reasons" -> "Reasons";
            case "stage", "escalation-stage" -> "Stage";
            case "with-id", "escalation-with-id" -> "Raised with";
            case "impact" -> "Impact";
            case "outcome" -> "Outcome";
            case "partner-agency" -> "Partner agency";
            case "theme" -> "Theme";
            default -> "The form";
        };
    }

    static String alertPath(String authority, String alertId) {
        return "/authorities/" + authority + "/alerts/" + alertId;
    }

    private boolean may(Caller caller, AuthorityCode code, Action action, String alertId) {
        try {
            authorize.authorizeOnAlert(caller, code, action, alertId);
            return true;
        } catch (DomainException refused) {
            return false;
        }
    }

    private HttpResponse<?> show(HttpRequest<?> request, String authority, String alertId, Posted posted,
                                 FormErrors errors, HttpStatus status) {
        AuthorityCode code = AuthorityCode.of(authority);
        Caller caller = pages.caller(request);
        AlertView view = alerts.alert(code, alertId);
        Alert alert = view.alert();
        String name = children.view(code, alert.childId()).child().demographics().name();
        String childName = name == null || name.isBlank() ? "child " + alert.childId().value() : name;
        boolean open = !alert.status().closed();
        boolean mayAnswer = open && !alert.current().answered() && may(caller, code, Action.RESPOND_TO_ALERT, alertId)
                && alert.answerableBy(caller);
        boolean mayAct = open && may(caller, code, Action.WRITE_CASEWORK, alertId);
        int at = alert.ladder().stages().indexOf(alert.ladder().stages().stream()
                .filter(s -> s.id().equals(alert.current().stage())).findFirst().orElseThrow());
        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        model.put("view", view);
        model.put("childName", childName);
        model.put("reasons", AlertWords.reasons(alert.reasons(), authorities.view(code).policy()));
        model.put("history", AlertWords.history(alert));
        model.put("higher", alert.ladder().stages().subList(at + 1, alert.ladder().stages().size()));
        model.put("mayAnswer", mayAnswer);
        model.put("answersForThem", mayAnswer && (caller.has(org.openiro.access.Role.MANAGER)
                || caller.has(org.openiro.access.Role.IRO)));
        model.put("mayAct", mayAct);
        model.put("mayReadList", Action.READ_ALERTS.roles().stream().anyMatch(caller::has));
        model.put("form", posted == null ? "" : posted.form());
        model.put("fields", posted == null ? Form.empty() : posted.fields());
        model.put("blank", today(Form.empty(), DATES.values().toArray(String[]::new)));
        model.put("errors", errors);
        String title = "Alert for " + childName;
        return pages.render(status, "alert", pages.layout(request, authority, title, errors),
                model, request);
    }

    private HttpResponse<?> raiseForm(HttpRequest<?> request, String authority, String childId, Form fields,
                                      FormErrors errors, HttpStatus status) {
        AuthorityCode code = AuthorityCode.of(authority);
        String name = children.view(code, ChildId.of(childId)).child().demographics().name();
        Policy policy = authorities.view(code).policy();
        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        model.put("childId", childId);
        model.put("childName", name == null || name.isBlank() ? "Child " + childId : name);
        model.put("reasons", policy.escalation().reasons());
        model.put("ladder", policy.escalation().ladder().stages());
        model.put("agencies", AlertWords.AGENCIES);
        model.put("themes", AlertWords.THEMES);
        model.put("fields", fields);
        model.put("errors", errors);
        return pages.render(status, "raiseAlert", pages.layout(request, authority, "Raise an alert", errors),
                model, request);
    }
}
