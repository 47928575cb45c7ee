package org.openiro.http.input;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.List;
import java.util.Locale;
import org.openiro.http.errors.Problem;
import org.openiro.shared.FieldError;

/**
 * A NUL character in a query parameter or the path is a 400 naming it (issue 22): no id, code or text of the
 * service has one, and PostgreSQL refuses to store or even compare them, so one reaching a query was a 500. Bodies
 * are checked as they are read ({@code errors.JsonFieldFinder}), ids in paths by {@link Id} as well.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class NulCharacters {

    static final String MESSAGE = "must not contain NUL characters";

    @RequestFilter
    @Nullable
    HttpResponse<?> refuse(HttpRequest<?> request) {
        if (request.getUri().getRawPath().toLowerCase(Locale.ROOT).contains("%00")
                || request.getPath().indexOf('\0') >= 0) {
            return Problem.badRequest(List.of(new FieldError("path", MESSAGE)));
        }
        for (String name : request.getParameters().names()) {
            if (name.indexOf('\0') >= 0 || request.getParameters().getAll(name).stream()
                    .anyMatch(value -> value.indexOf('\0') >= 0)) {
                return Problem.badRequest(List.of(new FieldError(name.replace('\0', ' ').strip(), MESSAGE)));
            }
        }
        return null;
    }
}
