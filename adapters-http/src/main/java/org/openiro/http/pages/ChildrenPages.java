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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.openiro.children.ChildId;
import org.openiro.http.input.Id;
import org.openiro.http.security.Permits;
import org.openiro.shared.LocalId;
import org.openiro.shared.Page;
import org.openiro.workforce.IroCaseload;
import org.openiro.workforce.port.in.ViewIrosUseCase;

/**
 * {@code /authorities/{a}/children}: the authority's children, by id and name, with their next review, searched by
 * part of a name and filtered by IRO and by overdue, 50 a page; {@code ?q=} (or the start page's {@code ?id=}) that
 * is exactly a child's id opens their record instead (the child's page decides who may see it). The list is for
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
    private final ViewIrosUseCase iros;
    private final AuthorizeUseCase authorize;
    private final java.time.Clock clock;
    private final SocialWorkerHome socialWorkerHome;

    ChildrenPages(Pages pages, ListChildrenUseCase children, ViewIrosUseCase iros, AuthorizeUseCase authorize,
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
                         @QueryValue @Nullable String q, @QueryValue @Nullable String id,
                         @QueryValue @Nullable String iro,
                         @QueryValue @Nullable String overdue, @QueryValue(defaultValue = "1") int page,
                         HttpRequest<?> request) {
        // ?q= is the list's own search box, by id or name; ?id= the start page's box: the same search.
        String search = q != null && !q.isBlank() ? q.strip() : id != null && !id.isBlank() ? id.strip() : null;
        AuthorityCode code = AuthorityCode.of(authority);
        Optional<String> socialWorker = SocialWorkerHome.ownCasesOnly(pages.caller(request), code);
        if (socialWorker.isPresent()) {
            // Not told which children the authority has: an id opens the record, which decides who may see it.
            return search == null ? socialWorkerHome.render(request, authority, socialWorker.get())
                    : search.matches(LocalId.PATTERN) ? Pages.seeOther(childPage(authority, search))
                    : Pages.seeOther("/authorities/" + authority + "/children");
        }
        authorize.authorize(pages.caller(request), code, Action.READ_CHILDREN, Optional.empty());
        if (search != null) {
            Optional<ChildId> exact = children.withId(code, search);
            if (exact.isPresent()) {
                return Pages.seeOther(childPage(authority, exact.get().value()));
            }
        }
        List<IroCaseload> caseloads = iros.caseloads(code);
        String iroId = iro != null && caseloads.stream().anyMatch(c -> c.iro().id().equals(iro)) ? iro : null;
        boolean onlyOverdue = "yes".equals(overdue);
        // No name is longer than the register keeps; a longer text finds nobody rather than failing the page.
        int shown = Math.max(1, page);
        Page<ChildSummary> found = search != null && search.length() > NAME_LENGTH
                ? new Page<>(List.of(), shown - 1, PAGE_SIZE, 0)
                : children.list(code, new ListChildrenUseCase.Filter(onlyOverdue ? Boolean.TRUE : null, null, iroId,
                        search), new Page.Request(shown - 1, PAGE_SIZE));
        long pagesTotal = Math.max(1, (found.totalItems() + PAGE_SIZE - 1) / PAGE_SIZE);
        String query = (search == null ? "" : "&q=" + URLEncoder.encode(search, StandardCharsets.UTF_8))
                + (iroId == null ? "" : "&iro=" + iroId) + (onlyOverdue ? "&overdue=yes" : "");
        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        model.put("children", found.items());
        model.put("total", found.totalItems());
        model.put("page", shown);
        model.put("pages", pagesTotal);
        model.put("query", query);
        model.put("search", search == null ? "" : search);
        model.put("caseloads", caseloads);
        model.put("iro", iroId == null ? "" : iroId);
        model.put("overdue", onlyOverdue);
        model.put("today", LocalDate.now(clock));
        return pages.render("children", pages.layout(request, authority, "Children"), model, request);
    }

    /** The longest name the register keeps (the API refuses a longer {@code name}). */
    static final int NAME_LENGTH = 200;

    private static String childPage(String authority, String childId) {
        return "/authorities/" + authority + "/children/" + childId;
    }
}
