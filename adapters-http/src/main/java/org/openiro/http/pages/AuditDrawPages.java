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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openiro.access.Action;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.LegalStatus;
import org.openiro.children.PlacementType;
import org.openiro.http.input.Id;
import org.openiro.http.security.Permits;
import org.openiro.quality.Cohort;
import org.openiro.quality.port.in.ViewAuditsUseCase.AuditView;
import org.openiro.quality.port.in.DrawAuditUseCase;
import org.openiro.shared.Conflict;
import org.openiro.shared.FieldError;
import org.openiro.shared.InvalidInput;
import org.openiro.workforce.IroCaseload;
import org.openiro.workforce.port.in.ViewIrosUseCase;

/**
 * {@code /authorities/{a}/audits/new}: a manager draws a dip-sample audit of a cohort, or a footprint audit of one
 * IRO's children, through the API's use case. The cohort is asked by what managers choose most (looked after or care
 * leavers, an IRO's children, an age range) and, folded away, by everything else the API takes: legal statuses and
 * placement types on the day, disability and UASC. The questions are the QA form's (dip sample) or the footprint
 * checks, as the API's default.
 */
@Hidden
@Controller("/authorities/{authority}/audits/new")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@Validated
class AuditDrawPages {

    private static final String POSTED = "iro.pages.audit-draw";
    private static final Map<String, String> KINDS = kinds();
    private static final Map<String, String> LEGAL_STATUSES = legalStatuses();
    private static final Map<String, String> PLACEMENT_TYPES = placementTypes();
    private static final Map<String, String> DISABILITY = eitherWay("Whether disabled or not",
            "Only disabled children", "Only children who are not disabled");
    private static final Map<String, String> UASC = eitherWay("Whether UASC or not", "Only UASC",
            "Only children who are not UASC");

    private record Posted(String authority, Form form) {
    }

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("dip-sample", "Dip sample: a sample of a cohort, audited against the QA form's questions");
        kinds.put("footprint", "Footprint: a peer audit of one IRO's footprint on their children's records");
        return kinds;
    }

    private static Map<String, String> legalStatuses() {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (LegalStatus status : LegalStatus.values()) {
            statuses.put(status.name(), status.name() + ": " + status.description());
        }
        return statuses;
    }

    private static Map<String, String> placementTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        for (String code : PlacementType.codes()) {
            PlacementType type = new PlacementType(code);
            String years = type.yearsListed();
            types.put(code, code + ": " + type.description() + (years.isEmpty() ? "" : " (" + years + ")"));
        }
        return types;
    }

    private static Map<String, String> eitherWay(String any, String yes, String no) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("any", any);
        options.put("yes", yes);
        options.put("no", no);
        return options;
    }

    /** "yes" or "no" as the filter, anything else (offered: "any") as none. */
    private static Boolean filter(Form form, String id) {
        return switch (form.get(id)) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    private final Pages pages;
    private final PageCsrf csrf;
    private final DrawAuditUseCase draw;
    private final ViewIrosUseCase iros;
    private final Clock clock;

    AuditDrawPages(Pages pages, PageCsrf csrf, DrawAuditUseCase draw, ViewIrosUseCase iros, Clock clock) {
        this.pages = pages;
        this.csrf = csrf;
        this.draw = draw;
        this.iros = iros;
        this.clock = clock;
    }

    @Get
    @Permits(Action.DRAW_CASE_AUDIT)
    HttpResponse<?> form(@PathVariable @Id String authority, HttpRequest<?> request) {
        String[] today = DateField.parts(LocalDate.now(clock));
        Form offered = Form.empty().with("kind", "dip-sample").with("looked-after", "yes").with("disability", "any")
                .with("uasc", "any").with("on-day", today[0])
                .with("on-month", today[1]).with("on-year", today[2]);
        return page(request, authority, offered, FormErrors.NONE, HttpStatus.OK);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Permits(Action.DRAW_CASE_AUDIT)
    HttpResponse<?> draw(@PathVariable @Id String authority, @Body @Nullable String body, HttpRequest<?> request) {
        Form form = Form.parse(body);
        csrf.check(request, form.get(PageCsrf.FIELD));
        request.setAttribute(POSTED, new Posted(authority, form));
        List<FieldError> problems = new ArrayList<>();
        if (!KINDS.containsKey(form.get("kind"))) {
            problems.add(new FieldError("kind", "Choose the kind of audit"));
        }
        if (form.get("title").isBlank()) {
            problems.add(new FieldError("title", "Enter a title for the audit"));
        }
        LocalDate on = null;
        try {
            on = DateField.read(form, "on", "The cohort's day");
        } catch (InvalidInput e) {
            problems.addAll(e.errors());
        }
        Integer ageFrom = number(form, problems, "age-from", "Age from");
        Integer ageTo = number(form, problems, "age-to", "Age to");
        Integer sampleSize = number(form, problems, "sample-size", "The sample size");
        if (sampleSize == null && problems.stream().noneMatch(p -> p.field().equals("sample-size"))) {
            problems.add(new FieldError("sample-size", "Enter how many children to sample"));
        }
        Long seed = null;
        if (!form.get("seed").isBlank()) {
            try {
                seed = Long.parseLong(form.get("seed").trim());
            } catch (NumberFormatException e) {
                problems.add(new FieldError("seed", "The seed must be a whole number, or left empty"));
            }
        }
        if (form.all("auditors").isEmpty()) {
            problems.add(new FieldError("auditors", "Choose at least one auditor"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String iro = form.get("iro");
        Cohort cohort = Cohort.of("cohort", form.all("legal-statuses"), form.all("placement-types"), ageFrom, ageTo,
                filter(form, "disability"), filter(form, "uasc"), iro.isEmpty() ? null : iro,
                !form.get("looked-after").equals("no"));
        AuditView drawn = draw.draw(new DrawAuditUseCase.DrawAuditCommand(AuthorityCode.of(authority),
                new DrawAuditUseCase.Draw(form.get("kind"), form.get("title").trim(), on, cohort, sampleSize, seed,
                        null, form.all("auditors"), pages.caller(request).username())));
        return Pages.seeOther("/authorities/" + authority + "/audits/" + drawn.audit().id());
    }

    /** A whole number typed, or null when left empty. */
    private static Integer number(Form form, List<FieldError> problems, String id, String label) {
        return form.wholeNumber(id, Integer.MIN_VALUE,
                field -> problems.add(new FieldError(field, label + " must be a whole number, like 12")));
    }

    /** The form or the domain refused what was posted: the form again as typed, nothing drawn. */
    @Error(exception = InvalidInput.class)
    HttpResponse<?> invalid(HttpRequest<?> request, InvalidInput e) {
        Posted p = request.getAttribute(POSTED, Posted.class).orElseThrow(() -> e);
        return page(request, p.authority(), p.form(), FormErrors.of(e.errors(), AuditDrawPages::fieldId,
                (id, m) -> label(id) + " " + m), HttpStatus.BAD_REQUEST);
    }

    /** Nobody was in the cohort on the day: said on the cohort, nothing drawn. */
    @Error(exception = Conflict.class)
    HttpResponse<?> empty(HttpRequest<?> request, Conflict e) {
        Posted p = request.getAttribute(POSTED, Posted.class).orElseThrow(() -> e);
        return page(request, p.authority(), p.form(), FormErrors.of("looked-after",
                "No child was in this cohort on that day: widen the cohort or choose another day"),
                HttpStatus.CONFLICT);
    }

    /** The domain's field names as the form's ids. */
    private static String fieldId(String field) {
        if (field.contains("-")) {
            return field; // the form's own
        }
        return switch (field) {
            case "kind", "title", "on", "seed" -> field;
            case "sampleSize" -> "sample-size";
            case "cohort.iroId" -> "iro";
            case "cohort.ageFrom" -> "age-from";
            case "cohort.ageTo" -> "age-to";
            default -> field.startsWith("auditors") ? "auditors"
                    : field.startsWith("cohort.legalStatuses") ? "legal-statuses"
                    : field.startsWith("cohort.placementTypes") ? "placement-types" : "looked-after";
        };
    }

    private static String label(String id) {
        return switch (id) {
            case "title" -> "The title";
            case "on" -> "The cohort's day";
            case "sample-size" -> "The sample size";
            case "seed" -> "The seed";
            case "iro" -> "The IRO:";
            case "age-from" -> "Age from";
            case "age-to" -> "Age to";
            case "auditors" -> "Auditors:";
            case "legal-statuses" -> "Legal status on the day:";
            case "placement-types" -> "Placement on the day:";
            default -> "The cohort:";
        };
    }

    private HttpResponse<?> page(HttpRequest<?> request, String authority, Form form, FormErrors errors,
                                 HttpStatus status) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> people = new LinkedHashMap<>();
        for (IroCaseload c : iros.caseloads(AuthorityCode.of(authority))) {
            if (c.iro().worksOn(today)) {
                people.put(c.iro().id(), c.iro().name());
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        model.put("kinds", KINDS);
        model.put("iros", people);
        model.put("legalStatuses", LEGAL_STATUSES);
        model.put("placementTypes", PLACEMENT_TYPES);
        model.put("disability", DISABILITY);
        model.put("uasc", UASC);
        model.put("form", form);
        model.put("errors", errors);
        model.put("anchor", (java.util.function.UnaryOperator<String>) id -> id.equals("on") ? "on-day" : id);
        return pages.render(status, "auditDraw", pages.layout(request, authority,
                "Draw an audit", errors), model, request);
    }
}
