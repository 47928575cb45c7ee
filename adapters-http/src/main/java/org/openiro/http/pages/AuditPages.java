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
import org.openiro.access.Action;
import org.openiro.access.Caller;
import org.openiro.access.Role;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.http.input.Id;
import org.openiro.http.security.Permits;
import org.openiro.quality.AuditedChild;
import org.openiro.quality.CaseAudit;
import org.openiro.quality.port.in.RecordAuditFindingsUseCase;
import org.openiro.quality.port.in.ViewAuditsUseCase;
import org.openiro.shared.Conflict;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.NotFound;
import org.openiro.shared.Page;

/**
 * {@code /authorities/{a}/audits}: dip-sample and footprint audits (issue 24) as managers and IROs work through them:
 * the list (an IRO sees the audits with a child assigned to them), an audit's sample and how far it has got, and the
 * findings form for one child, recorded through the API's use case, which lets only the child's auditor or a manager
 * record them, once.
 */
@Hidden
@Controller("/authorities/{authority}/audits")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@Validated
class AuditPages {

    /** The findings being posted, kept on the request so that a refusal can show them again as typed. */
    private static final String POSTED = "iro.pages.audit-findings";

    private record Posted(String authority, CaseAudit audit, AuditedChild child, Map<String, String> typed) {
    }

    private final Pages pages;
    private final PageCsrf csrf;
    private final ViewAuditsUseCase audits;
    private final RecordAuditFindingsUseCase findings;

    AuditPages(Pages pages, PageCsrf csrf, ViewAuditsUseCase audits, RecordAuditFindingsUseCase findings) {
        this.pages = pages;
        this.csrf = csrf;
        this.audits = audits;
        this.findings = findings;
    }

    @Get
    @Permits(Action.READ_CASE_AUDITS)
    HttpResponse<?> list(@PathVariable @Id String authority, HttpRequest<?> request) {
        Caller caller = pages.caller(request);
        AuthorityCode code = AuthorityCode.of(authority);
        String auditor = caller.has(Role.MANAGER) ? null : Pages.iroId(caller, code).orElse(null);
        var found = audits.audits(code, auditor, new Page.Request(0, Page.MAX_SIZE));
        String title = auditor == null ? "Audits" : "Your audits";
        return pages.render("audits", pages.layout(request, authority, title), Map.of("authority", authority,
                "audits", found.items(), "total", found.totalItems(), "canDraw",
                Action.DRAW_CASE_AUDIT.roles().stream().anyMatch(caller::has)), request);
    }

    @Get("/{auditId}")
    @Permits(Action.READ_CASE_AUDITS)
    HttpResponse<?> audit(@PathVariable @Id String authority, @PathVariable @Id String auditId,
                          HttpRequest<?> request) {
        Caller caller = pages.caller(request);
        AuthorityCode code = AuthorityCode.of(authority);
        ViewAuditsUseCase.AuditView view = audits.audit(code, auditId);
        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        model.put("view", view);
        model.put("manager", caller.has(Role.MANAGER));
        model.put("iroId", Pages.iroId(caller, code).orElse(""));
        return pages.render("audit", pages.layout(request, authority, view.audit().title()), model, request);
    }

    /** Only read, so guarded by reading audits (the same roles): the write's permission would audit a write. */
    @Get("/{auditId}/children/{childId}/findings")
    @Permits(Action.READ_CASE_AUDITS)
    HttpResponse<?> findingsForm(@PathVariable @Id String authority, @PathVariable @Id String auditId,
                                 @PathVariable @Id String childId, HttpRequest<?> request) {
        CaseAudit audit = audits.audit(AuthorityCode.of(authority), auditId).audit();
        AuditedChild child = sampled(audit, childId);
        Map<String, String> typed = new LinkedHashMap<>();
        child.recorded().ifPresent(f -> {
            typed.putAll(f.answers().byQuestion());
            typed.put("notes", f.notes() == null ? "" : f.notes());
        });
        return findingsPage(request, authority, audit, child, typed, FormErrors.NONE, HttpStatus.OK);
    }

    @Post("/{auditId}/children/{childId}/findings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Permits(Action.RECORD_AUDIT_FINDINGS)
    HttpResponse<?> recordFindings(@PathVariable @Id String authority, @PathVariable @Id String auditId,
                                   @PathVariable @Id String childId, @Body @Nullable String body,
                                   HttpRequest<?> request) {
        Form posted = Form.parse(body);
        csrf.check(request, posted.get(PageCsrf.FIELD));
        AuthorityCode code = AuthorityCode.of(authority);
        CaseAudit audit = audits.audit(code, auditId).audit();
        AuditedChild child = sampled(audit, childId);
        QuestionForm form = QuestionForm.posted(audit.questions(), posted);
        request.setAttribute(POSTED, new Posted(authority, audit, child, form.typed()));
        findings.record(new RecordAuditFindingsUseCase.RecordAuditFindingsCommand(code, auditId, ChildId.of(childId),
                pages.caller(request), form.answers(), form.notes()));
        return Pages.seeOther("/authorities/" + authority + "/audits/" + auditId);
    }

    /** The domain refused the findings: the form again as typed, with what to put right; nothing was written. */
    @Error(exception = InvalidInput.class)
    HttpResponse<?> invalid(HttpRequest<?> request, InvalidInput e) {
        Posted p = request.getAttribute(POSTED, Posted.class).orElseThrow(() -> e);
        return findingsPage(request, p.authority(), p.audit(), p.child(), p.typed(),
                QuestionForm.errors(p.audit().questions(), e), HttpStatus.BAD_REQUEST);
    }

    /** Findings on this child were recorded first by someone else: they are recorded once. */
    @Error(exception = Conflict.class)
    HttpResponse<?> conflict(HttpRequest<?> request, Conflict e) {
        Posted p = request.getAttribute(POSTED, Posted.class).orElseThrow(() -> e);
        return findingsPage(request, p.authority(), p.audit(), p.child(), p.typed(), FormErrors.of(
                QuestionForm.first(p.audit().questions()), QuestionForm.sentence(e.getMessage())),
                HttpStatus.CONFLICT);
    }

    private static AuditedChild sampled(CaseAudit audit, String childId) {
        return audit.child(ChildId.of(childId)).orElseThrow(() -> new NotFound("no child " + childId
                + " in audit " + audit.id()));
    }

    private HttpResponse<?> findingsPage(HttpRequest<?> request, String authority, CaseAudit audit,
                                         AuditedChild child, Map<String, String> typed, FormErrors errors,
                                         HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        model.put("audit", audit);
        model.put("child", child);
        model.put("typed", typed);
        model.put("errors", errors);
        String title = "Findings for child " + child.childId().value();
        return pages.render(status, "findings", pages.layout(request, authority, title, errors), model, request);
    }
}
