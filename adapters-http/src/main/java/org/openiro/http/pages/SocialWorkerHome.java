package org.openiro.http.pages;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.openiro.access.Action;
import org.openiro.access.Caller;
import org.openiro.authority.AuthorityCode;
import org.openiro.care.ChildSummary;
import org.openiro.care.port.in.ListChildrenUseCase;
import org.openiro.escalation.port.in.ViewAlertsUseCase;
import org.openiro.shared.Page;

/**
 * A social worker's home, at {@code /authorities/{a}/children}: the alerts awaiting their response, then the children
 * allocated to them. Shown instead of the authority's list to someone who may not list every child (the API's
 * {@code READ_CHILDREN}) but is a social worker here; each child and alert opens under its own permission.
 */
@Singleton
class SocialWorkerHome {

    /** More children than one social worker holds; past it the page says how many are not shown. */
    static final int MOST_CHILDREN = 200;

    private final Pages pages;
    private final ListChildrenUseCase children;
    private final ViewAlertsUseCase alerts;
    private final Clock clock;

    SocialWorkerHome(Pages pages, ListChildrenUseCase children, ViewAlertsUseCase alerts, Clock clock) {
        this.pages = pages;
        this.children = children;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** The caller's social worker id here, when the authority's list of children is not theirs to see. */
    static Optional<String> ownCasesOnly(Caller caller, AuthorityCode authority) {
        return Action.READ_CHILDREN.roles().stream().anyMatch(caller::has) ? Optional.empty()
                : Pages.socialWorkerId(caller, authority);
    }

    HttpResponse<?> render(HttpRequest<?> request, String authority, String socialWorkerId) {
        AuthorityCode code = AuthorityCode.of(authority);
        Page<ChildSummary> own = children.allocatedToSocialWorker(code, socialWorkerId,
                new Page.Request(0, MOST_CHILDREN));
        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        model.put("alerts", alerts.awaitingResponseFrom(code, socialWorkerId));
        model.put("children", own.items());
        model.put("total", own.totalItems());
        model.put("today", LocalDate.now(clock));
        return pages.render("socialWorkerHome", pages.layout(request, authority, "Your children and alerts"), model,
                request);
    }
}
