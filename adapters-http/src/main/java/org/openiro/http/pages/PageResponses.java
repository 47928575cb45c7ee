package org.openiro.http.pages;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Map;
import org.openiro.http.errors.Problem;

/**
 * Every answer on a page path is a page: the API's refusals (404 where it would say 404, 403 where 403, never a
 * redirect elsewhere) become HTML pages saying so, a request without a session is sent to sign in, and nothing is
 * kept by a browser or a proxy ({@code Cache-Control: no-store}).
 */
@ServerFilter({"/", "/sign-out", "/authorities", "/authorities/**"})
class PageResponses implements Ordered {

    private final Pages pages;

    PageResponses(Pages pages) {
        this.pages = pages;
    }

    @Override
    public int getOrder() {
        // Runs its response part late, after the security filter and the exception handlers have answered.
        return ServerFilterPhase.FIRST.before();
    }

    @ResponseFilter
    MutableHttpResponse<?> page(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.getHeaders().set("Cache-Control", Pages.NO_STORE);
        int status = response.code();
        if (status == HttpStatus.UNAUTHORIZED.getCode()) {
            return Pages.seeOther("/");
        }
        if (status < 400 || isHtml(response)) {
            return response;
        }
        String detail = response.getBody(Problem.class).map(Problem::detail).orElse(null);
        HttpStatus shown = HttpStatus.valueOf(status);
        String title = switch (status) {
            case 403 -> "You cannot open this page";
            case 404 -> "Page not found";
            case 409, 412 -> "Someone else changed this first";
            case 400 -> "The service could not read what was sent";
            case 503 -> "Sorry, the service is unavailable";
            default -> "Sorry, there is a problem with the service";
        };
        Layout layout = pages.plainLayout(request, title);
        return pages.render(shown, "error", layout, Map.of("status", status, "detail",
                detail == null || status >= 500 ? "" : detail), request);
    }

    private static boolean isHtml(MutableHttpResponse<?> response) {
        return response.getContentType().map(t -> t.getName().equals(MediaType.TEXT_HTML)).orElse(false);
    }
}
