package org.openiro.http.pages;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.views.jte.HtmlJteViewsRenderer;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.access.Caller;
import org.openiro.access.Role;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.in.ViewAuthorityUseCase;
import org.openiro.http.security.Callers;

/**
 * What every page needs: who is calling, where their home is, the frame around the page, and the page rendered with
 * {@code Cache-Control: no-store} (pages show children's personal data, which no browser or proxy may keep).
 */
@Singleton
public class Pages {

    public static final String NO_STORE = "no-store";
    static final String SERVICE_NAME = "Independent Reviewing Service";

    private final Callers callers;
    private final ViewAuthorityUseCase authorities;
    private final PageCsrf csrf;
    private final HtmlJteViewsRenderer<Map<String, Object>> renderer;

    Pages(Callers callers, ViewAuthorityUseCase authorities, PageCsrf csrf,
          HtmlJteViewsRenderer<Map<String, Object>> renderer) {
        this.callers = callers;
        this.authorities = authorities;
        this.csrf = csrf;
        this.renderer = renderer;
    }

    /** The signed-in person. @throws AuthorizationException (401) when nobody is */
    public Caller caller(HttpRequest<?> request) {
        return callerIfAny(request).orElseThrow(() -> new AuthorizationException(null));
    }

    public Optional<Caller> callerIfAny(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class).map(callers::of);
    }

    /** The caller's IRO id in this authority: staff ids are per authority, so one of another grants nothing here. */
    public static Optional<String> iroId(Caller caller, AuthorityCode authority) {
        return caller.has(Role.IRO) && caller.belongsTo(authority) ? caller.iroIn(authority) : Optional.empty();
    }

    /** The caller's social worker id in this authority; as {@link #iroId}, the one place pages read it. */
    public static Optional<String> socialWorkerId(Caller caller, AuthorityCode authority) {
        return caller.has(Role.SOCIAL_WORKER) && caller.belongsTo(authority) ? caller.socialWorkerIn(authority) : Optional.empty();
    }

    /**
     * Where a person starts in an authority: an IRO at their worklist; a manager at the dashboard; a social worker at
     * their children and the alerts awaiting them ({@code /children}); anyone else at the authority's start page,
     * which offers what their role may open (and stays open to a manager).
     */
    public static String home(Caller caller, AuthorityCode authority) {
        String base = "/authorities/" + authority.value();
        Optional<String> iro = iroId(caller, authority);
        if (iro.isPresent()) {
            return base + "/iros/" + iro.get() + "/worklist";
        }
        if (caller.has(Role.MANAGER)) {
            return base + "/dashboard";
        }
        Optional<String> socialWorker = socialWorkerId(caller, authority);
        if (socialWorker.isPresent()) {
            return base + "/children";
        }
        // A board member reads the report; an administrator starts where the authority's settings are.
        return caller.has(Role.VIEWER) && !caller.has(Role.ADMIN) ? base + "/reports/iro-service" : base;
    }

    /** Where a person starts after signing in: in their one authority, or choosing among several. */
    public static String home(Caller caller) {
        if (!caller.belongsToEveryAuthority() && caller.authorities().size() == 1) {
            return home(caller, AuthorityCode.of(caller.authorities().iterator().next()));
        }
        return "/authorities";
    }

    /** The frame for a page in an authority: its name in the header, navigation for the caller's role. */
    public Layout layout(HttpRequest<?> request, String authority, String title) {
        Caller caller = caller(request);
        AuthorityCode code = AuthorityCode.of(authority);
        String name = authorities.view(code).name();
        String base = "/authorities/" + authority;
        String path = request.getPath();
        List<Layout.Link> nav = new ArrayList<>();
        iroId(caller, code).ifPresent(id -> nav.add(link("Your worklist", base + "/iros/" + id + "/worklist", path)));
        if (caller.has(Role.MANAGER) || caller.has(Role.ADMIN) || caller.has(Role.SOCIAL_WORKER)
                || caller.has(Role.VIEWER) || (caller.has(Role.IRO) && iroId(caller, code).isEmpty())) {
            nav.add(link("Start", base, path));
        }
        if (caller.has(Role.MANAGER) || caller.has(Role.ADMIN)) {
            nav.add(link("Dashboard", base + "/dashboard", path));
        }
        if (caller.has(Role.MANAGER) || caller.has(Role.IRO)) {
            nav.add(link("Children", base + "/children", path));
            nav.add(link("Audits", base + "/audits", path));
        }
        if (caller.has(Role.MANAGER)) {
            nav.add(link("IROs", base + "/iros", path));
        }
        if (caller.has(Role.MANAGER) || caller.has(Role.IRO)) {
            nav.add(link("Alerts", base + "/alerts", path));
        } else if (socialWorkerId(caller, code).isPresent()) {
            nav.add(link("Your children and alerts", base + "/children", path));
        }
        if (caller.has(Role.MANAGER) || caller.has(Role.VIEWER)) {
            nav.add(link("Service report", base + "/reports/iro-service", path));
        }
        if (caller.belongsToEveryAuthority() || caller.authorities().size() > 1) {
            nav.add(link("Change authority", "/authorities", path));
        }
        return new Layout(title, name, home(caller, code), caller.username(), nav, csrf.tokenFor(request).orElse(""));
    }

    /**
     * The frame for a form's page: "Error: " begins its title when the form was refused, as GOV.UK asks, so a screen
     * reader hears that the page came back with errors before anything else.
     */
    public Layout layout(HttpRequest<?> request, String authority, String title, FormErrors errors) {
        return layout(request, authority, title, errors.any());
    }

    /** The frame for a form's page refused for more than its fields (an import's problems in its files). */
    public Layout layout(HttpRequest<?> request, String authority, String title, boolean refused) {
        return layout(request, authority, (refused ? "Error: " : "") + title);
    }

    /** The frame for a page outside any authority (sign-in, choosing an authority, errors). */
    public Layout plainLayout(HttpRequest<?> request, String title) {
        Optional<Caller> caller = callerIfAny(request);
        return new Layout(title, SERVICE_NAME, caller.map(Pages::home).orElse("/"),
                caller.map(Caller::username).orElse(null), List.of(), csrf.tokenFor(request).orElse(""));
    }

    private static Layout.Link link(String text, String href, String path) {
        return new Layout.Link(text, href, path.equals(href));
    }

    public MutableHttpResponse<Writable> render(String view, Layout layout, Map<String, Object> model,
                                                HttpRequest<?> request) {
        return render(HttpStatus.OK, view, layout, model, request);
    }

    public MutableHttpResponse<Writable> render(HttpStatus status, String view, Layout layout,
                                                Map<String, Object> model, HttpRequest<?> request) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("layout", layout);
        return HttpResponse.<Writable>status(status).body(renderer.render(view, all, request))
                .contentType(MediaType.TEXT_HTML + ";charset=utf-8").header("Cache-Control", NO_STORE);
    }

    /** Post/redirect/get: after a form is taken, the browser asks for the page to show (303). */
    public static MutableHttpResponse<Object> seeOther(String path) {
        return HttpResponse.<Object>seeOther(URI.create(path)).header("Cache-Control", NO_STORE);
    }
}
