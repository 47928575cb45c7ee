package org.openiro.http.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.UUID;

/**
 * Gives every request an id, taken from the caller's {@code X-Request-Id} when it is a sensible one, returned on the
 * response and written in the audit trail, so a change can be matched to the logs of the system that asked for it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = "iro.requestId";

    @RequestFilter
    void assign(HttpRequest<?> request) {
        ensure(request);
    }

    /** The request's id, given to it now if no filter has yet (filters' order is not this one's to decide). */
    static String ensure(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElseGet(() -> {
            String given = request.getHeaders().get(HEADER);
            String id = given != null && given.matches("[A-Za-z0-9._:-]{1,64}") ? given
                    : UUID.randomUUID().toString();
            request.setAttribute(ATTRIBUTE, id);
            return id;
        });
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(id -> response.header(HEADER, id));
    }

    public static String of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElse("none");
    }
}
