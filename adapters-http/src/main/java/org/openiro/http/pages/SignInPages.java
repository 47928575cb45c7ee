package org.openiro.http.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.access.Caller;
import org.openiro.access.port.in.SignInUseCase;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.in.ViewAuthorityUseCase;
import org.openiro.http.input.Id;
import org.openiro.http.security.SignInThrottled;
import org.openiro.http.security.SignIns;
import org.openiro.shared.DomainException;
import org.openiro.shared.LocalId;

/**
 * {@code /}: the sign-in form when signed out, else a redirect to the person's home; {@code POST /sign-out}; and
 * {@code /authorities}, where someone in several authorities (or every one) chooses which to work in. Signing in goes
 * through {@link SignIns} alone, the same door as {@code POST /api/login}, so whatever guards one guards both.
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
class SignInPages {

    private final Pages pages;
    private final PageCsrf csrf;
    private final ViewAuthorityUseCase authorities;
    private final SignIns signIns;

    SignInPages(Pages pages, PageCsrf csrf, ViewAuthorityUseCase authorities, @Nullable SignIns signIns) {
        this.pages = pages;
        this.csrf = csrf;
        this.authorities = authorities;
        this.signIns = signIns;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> start(HttpRequest<?> request) {
        Optional<Caller> caller = pages.callerIfAny(request);
        if (caller.isPresent()) {
            return Pages.seeOther(Pages.home(caller.get()));
        }
        return signInForm(request, "", null);
    }

    @Post
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signIn(HttpRequest<?> request, @Body @Nullable String body) {
        Form form = Form.parse(body);
        csrf.check(request, form.get(PageCsrf.FIELD));
        if (signIns == null) {
            return signInForm(request, "", null);
        }
        try {
            SignIns.SignedIn session = signIns.signIn(form.get("username"), form.all("password").isEmpty() ? ""
                    : form.all("password").get(0), request);
            return Pages.seeOther(Pages.home(session.caller())).cookie(session.cookie())
                    .cookie(Cookie.of(PageCsrf.SIGNED_OUT_COOKIE, "").path("/").maxAge(0));
        } catch (SignInUseCase.SignInRefused refused) {
            return signInForm(request, form.get("username"), "Enter a correct username and password");
        } catch (SignInThrottled throttled) {
            long minutes = (throttled.retryAfterSeconds() + 59) / 60;
            return signInForm(request, form.get("username"), "Too many failed sign-ins: try again in " + minutes
                    + (minutes == 1 ? " minute" : " minutes")).status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", Long.toString(throttled.retryAfterSeconds()));
        }
    }

    /** @param problem what to put right, in the error summary and beside the field; null when nothing is wrong */
    private MutableHttpResponse<?> signInForm(HttpRequest<?> request, String username, String problem) {
        Layout plain = pages.plainLayout(request, "Sign in");
        Optional<String> token = csrf.tokenFor(request);
        Cookie fresh = null;
        if (token.isEmpty()) {
            fresh = csrf.newSignedOutSession(request.isSecure());
            token = Optional.of(csrf.tokenForSession(fresh.getValue()));
        }
        Layout layout = new Layout(plain.title(), plain.authorityName(), "/", null, List.of(), token.get());
        Map<String, Object> model = new HashMap<>(Map.of("username", username, "available", signIns != null));
        model.put("problem", problem);
        var response = pages.render("signIn", layout, model, request);
        return fresh == null ? response : response.cookie(fresh);
    }

    @Post("/sign-out")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signOut(HttpRequest<?> request, @Body @Nullable String body) {
        if (request.getCookies().findCookie(SignIns.COOKIE).isEmpty()) {
            return Pages.seeOther("/");
        }
        csrf.check(request, Form.parse(body).get(PageCsrf.FIELD));
        Cookie cleared = signIns != null ? signIns.signedOut()
                : Cookie.of(SignIns.COOKIE, "").httpOnly(true).path("/").maxAge(0);
        return Pages.seeOther("/").cookie(cleared);
    }

    /** Someone in several authorities chooses one; an administrator of every authority names it by its code. */
    @Get("/authorities")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> chooser(HttpRequest<?> request, @QueryValue @Nullable String code) {
        Caller caller = pages.caller(request);
        String error = "";
        if (code != null && caller.belongsToEveryAuthority()) {
            String trimmed = code.trim();
            if (trimmed.isEmpty()) {
                error = "Enter an authority code";
            } else if (!trimmed.matches(LocalId.PATTERN) || name(trimmed).isEmpty()) {
                error = "There is no authority with the code " + trimmed;
            } else {
                return Pages.seeOther("/authorities/" + trimmed);
            }
        }
        List<String[]> mine = new ArrayList<>();
        caller.authorities().stream().filter(a -> !a.equals(Caller.ALL_AUTHORITIES)).sorted()
                .forEach(a -> name(a).ifPresent(n -> mine.add(new String[] {a, n})));
        return pages.render(error.isEmpty() ? io.micronaut.http.HttpStatus.OK : io.micronaut.http.HttpStatus.BAD_REQUEST,
                "authorities", pages.plainLayout(request, "Choose an authority"), Map.of("authorities", mine,
                        "everyAuthority", caller.belongsToEveryAuthority(), "error", error), request);
    }

    private Optional<String> name(String code) {
        try {
            return Optional.of(authorities.view(AuthorityCode.of(code)).name());
        } catch (DomainException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
