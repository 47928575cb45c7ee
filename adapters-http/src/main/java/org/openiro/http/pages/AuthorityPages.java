package org.openiro.http.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.validation.Validated;
import java.util.List;
import java.util.Map;
import org.openiro.access.Action;
import org.openiro.access.Caller;
import org.openiro.access.Role;
import org.openiro.access.port.in.AuthorizeUseCase;
import org.openiro.authority.AuthorityCode;
import org.openiro.http.input.Id;
import org.openiro.http.security.Permits;
import org.openiro.shared.DomainException;
import org.openiro.workforce.IroCaseload;
import org.openiro.workforce.port.in.ViewIrosUseCase;

/**
 * {@code /authorities/{a}}: where a person starts in an authority. An IRO goes straight to their worklist; others see
 * what their role may open: the IROs and their worklists (managers), the service report (managers and viewers), and
 * a box to open a child's record by their id.
 */
@Hidden
@Controller("/authorities/{authority}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@Validated
class AuthorityPages {

    private final Pages pages;
    private final ViewIrosUseCase iros;
    private final AuthorizeUseCase authorize;

    AuthorityPages(Pages pages, ViewIrosUseCase iros, AuthorizeUseCase authorize) {
        this.pages = pages;
        this.iros = iros;
        this.authorize = authorize;
    }

    @Get
    @Permits(Action.READ_AUTHORITY)
    HttpResponse<?> start(@PathVariable @Id String authority, HttpRequest<?> request) {
        Caller caller = pages.caller(request);
        AuthorityCode code = AuthorityCode.of(authority);
        String home = Pages.home(caller, code);
        // An IRO starts at their worklist; a manager's home is the dashboard, but this page stays open to them.
        if (Pages.iroId(caller, code).isPresent()) {
            return Pages.seeOther(home);
        }
        List<IroCaseload> caseloads = may(caller, code, Action.READ_WORKFORCE) ? iros.caseloads(code) : List.of();
        return pages.render("start", pages.layout(request, authority, "Start"), Map.of("authority", authority,
                "caseloads", caseloads, "reports", may(caller, code, Action.READ_REPORTS),
                "children", may(caller, code, Action.READ_CHILD),
                "admin", caller.has(Role.ADMIN)), request);
    }

    /** Whether the caller's role may do this here: the one rule the API applies, asked rather than copied. */
    private boolean may(Caller caller, AuthorityCode authority, Action action) {
        try {
            authorize.authorize(caller, authority, action, java.util.Optional.empty());
            return true;
        } catch (DomainException refused) {
            return false;
        }
    }
}
