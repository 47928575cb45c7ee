package org.openiro.http.security;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Puts the request's id, its authority and the signed-in user in the logging context (MDC), which Micronaut carries to
 * whichever thread runs the request, so that every line a request logs can be found by the id the caller sent (or was
 * answered with) and by who did what where. Nothing about a child goes there. After authentication, which names the
 * user; the authority is the path's, when the path has one.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestLogContext implements Ordered {

    public static final String REQUEST_ID = "requestId";
    public static final String AUTHORITY = "authority";
    public static final String USER = "user";
    private static final Pattern AUTHORITY_PATH = Pattern.compile("^/api/authorities/([A-Za-z0-9_-]{1,36})(/|$)");

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    void put(HttpRequest<?> request, MutablePropagatedContext context) {
        try {
            MDC.put(REQUEST_ID, RequestIds.ensure(request));
            Matcher authority = AUTHORITY_PATH.matcher(request.getPath());
            if (authority.find()) {
                MDC.put(AUTHORITY, authority.group(1));
            }
            request.getUserPrincipal(Authentication.class).ifPresent(user -> MDC.put(USER, user.getName()));
            context.add(new MdcPropagationContext());
        } finally {
            MDC.remove(REQUEST_ID);
            MDC.remove(AUTHORITY);
            MDC.remove(USER);
        }
    }
}
