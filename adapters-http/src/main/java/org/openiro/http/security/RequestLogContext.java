package org.openiro.http.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.core.propagation.ThreadPropagatedContextElement;
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
 *
 * <p>Carried as {@link Entries}, the three values alone, rather than Micronaut's {@code MdcPropagationContext}, which
 * copies the thread's whole MDC map in and out each time the request's context is entered; that happens many times a
 * request on its way through the filters (issue 23: those copies were 13 % of what the event loops allocated for a
 * review written, 2026-12-07). Nothing else of the service puts anything in the MDC.
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
        Matcher authority = AUTHORITY_PATH.matcher(request.getPath());
        context.add(new Entries(RequestIds.ensure(request), authority.find() ? authority.group(1) : null,
                request.getUserPrincipal(Authentication.class).map(Authentication::getName).orElse(null)));
    }

    /**
     * The request's three entries, put in the MDC of whichever thread enters the request's context and, when it
     * leaves, given back the values they had there before (none, on a thread of the pools).
     */
    record Entries(String requestId, String authority, String user) implements ThreadPropagatedContextElement<String[]> {

        @Override
        public String[] updateThreadContext() {
            String[] before = {MDC.get(REQUEST_ID), MDC.get(AUTHORITY), MDC.get(USER)};
            set(requestId, authority, user);
            return before;
        }

        @Override
        public void restoreThreadContext(String[] before) {
            set(before[0], before[1], before[2]);
        }

        private static void set(String requestId, String authority, String user) {
            set(REQUEST_ID, requestId);
            set(AUTHORITY, authority);
            set(USER, user);
        }

        private static void set(String key, String value) {
            if (value == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, value);
            }
        }
    }
}
