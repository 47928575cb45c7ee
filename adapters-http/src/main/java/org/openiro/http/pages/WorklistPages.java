package org.openiro.http.pages;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.validation.Validated;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openiro.access.Action;
import org.openiro.authority.AuthorityCode;
import org.openiro.http.input.Id;
import org.openiro.http.security.Permits;
import org.openiro.shared.Page;
import org.openiro.workforce.WorkItem;
import org.openiro.workforce.port.in.WorklistUseCase;

/**
 * {@code /authorities/{a}/iros/{iroId}/worklist}, an IRO's home: what is due in the next 20 working days and what is
 * overdue, by kind, oldest first, each row linking to the child. Who may open it is the JSON worklist's rule.
 */
@Hidden
@Controller("/authorities/{authority}/iros/{iroId}/worklist")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@Validated
class WorklistPages {

    private final Pages pages;
    private final WorklistUseCase worklists;

    WorklistPages(Pages pages, WorklistUseCase worklists) {
        this.pages = pages;
        this.worklists = worklists;
    }

    @Get
    @Permits(Action.READ_WORKFORCE)
    HttpResponse<?> worklist(@PathVariable @Id String authority,
                             @PathVariable @Id String iroId, HttpRequest<?> request) {
        AuthorityCode code = AuthorityCode.of(authority);
        Page<WorkItem> found = worklists.forIro(code, iroId, null, new Page.Request(0, Page.MAX_SIZE));
        Map<String, List<WorkItem>> byKind = new LinkedHashMap<>();
        found.items().stream()
                .sorted(Comparator.comparing((WorkItem w) -> WorkKinds.order(w.kind()))
                        .thenComparing(WorkItem::dueDate).thenComparing(w -> w.childId().value()))
                .forEach(w -> byKind.computeIfAbsent(w.kind(), k -> new ArrayList<>()).add(w));
        List<WorkGroup> groups = byKind.entrySet().stream()
                .map(e -> new WorkGroup(e.getKey(), WorkKinds.heading(e.getKey()), e.getValue())).toList();
        boolean own = Pages.iroId(pages.caller(request), code).map(iroId::equals).orElse(false);
        String title = own ? "Your worklist" : "Worklist of IRO " + iroId;
        long overdue = found.items().stream().filter(WorkItem::overdue).count();
        return pages.render("worklist", pages.layout(request, authority, title), Map.of("authority", authority,
                "groups", groups, "overdue", overdue, "total", found.totalItems(),
                "shown", found.items().size()), request);
    }
}
