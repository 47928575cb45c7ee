package org.openiro.http.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.access.Action;
import org.openiro.access.port.in.AuthorizeUseCase;
import org.openiro.authority.AuthorityCode;
import org.openiro.care.ChildSummary;
import org.openiro.care.port.in.ListChildrenUseCase;
import org.openiro.http.input.Id;
import org.openiro.http.security.Permits;
import org.openiro.shared.LocalId;
import org.openiro.shared.Page;
import org.openiro.workforce.IroCaseload;
import org.openiro.workforce.port.in.ManageIrosUseCase;

/**
 * {@code /authorities/{a}/children}: the authority's children with their next review, filtered by IRO and by
 * overdue, 50 a page; {@code ?id=} opens a child's record (the child's page decides who may see it). The list is for
 * those the API lets list children (managers and IROs); a social worker's home is here instead ({@link SocialWorkerHome}).
 */
@Hidden
@Controller("/authorities/{authority}/children")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@Validated
class ChildrenPages {

    static final int PAGE_SIZE = 50;

    private final Pages pages;
    private final ListChildrenUseCase children;
    private final ManageIrosUseCase iros;
    private final AuthorizeUseCase authorize;
    private final java.time.Clock clock;
    private final SocialWorkerHome socialWorkerHome;

    ChildrenPages(Pages pages, ListChildrenUseCase children, ManageIrosUseCase iros, AuthorizeUseCase authorize,
                  java.time.Clock clock, SocialWorkerHome socialWorkerHome) {
        this.clock = clock;
        this.socialWorkerHome = socialWorkerHome;
        this.pages = pages;
        this.children = children;
        this.iros = iros;
        this.authorize = authorize;
    }

    @Get
    @Permits(Action.READ_AUTHORITY)
    HttpResponse<?> list(@PathVariable @Id String authority,
                         @QueryValue @Nullable String id, @QueryValue @Nullable String iro,
                         @QueryValue @Nullable String overdue, @QueryValue(defaultValue = "1") int page,
                         HttpRequest<?> request) {
        if (id != null && !id.isBlank()) {
            String trimmed = id.trim();
            return trimmed.matches(LocalId.PATTERN) ? Pages.seeOther("/authorities/" + authority + "/children/" + trimmed)
                    : Pages.seeOther("/authorities/" + authority + "/children");
        }
        AuthorityCode code = AuthorityCode.of(authority);
        Optional<String> socialWorker = SocialWorkerHome.ownCasesOnly(pages.caller(request), code);
        if (socialWorker.isPresent()) {
            return socialWorkerHome.render(request, authority, socialWorker.get());
        }
        authorize.authorize(pages.caller(request), code, Action.READ_CHILDREN, Optional.empty());
        List<IroCaseload> caseloads = iros.caseloads(code);
        String iroId = iro != null && caseloads.stream().anyMatch(c -> c.iro().id().equals(iro)) ? iro : null;
        boolean onlyOverdue = "yes".equals(overdue);
        int shown = Math.max(1, page);
        Page<ChildSummary> found = children.list(code, new ListChildrenUseCase.Filter(onlyOverdue ? Boolean.TRUE : null,
                null, iroId), new Page.Request(shown - 1, PAGE_SIZE));
        long pagesTotal = Math.max(1, (found.totalItems() + PAGE_SIZE - 1) / PAGE_SIZE);
        String query = (iroId == null ? "" : "&iro=" + iroId) + (onlyOverdue ? "&overdue=yes" : "");
        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        model.put("children", found.items());
        model.put("total", found.totalItems());
        model.put("page", shown);
        model.put("pages", pagesTotal);
        model.put("query", query);
        model.put("caseloads", caseloads);
        model.put("iro", iroId == null ? "" : iroId);
        model.put("overdue", onlyOverdue);
        model.put("today", LocalDate.now(clock));
        return pages.render("children", pages.layout(request, authority, "Children"), model, request);
    }
}
