package org.openiro.http.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.openiro.http.errors.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cross-site request forgery: a browser sends the {@code iro_token} cookie with whatever request a page asks of it,
 * wherever that page came from (SameSite=Strict stops other sites, not a sibling site on the same domain, nor an older
 * browser). So a request that changes something ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) and is signed
 * in by the cookie alone must show that it came from the service's own pages: {@code Sec-Fetch-Site: same-origin}, or,
 * from a browser that does not send that, an {@code Origin} naming this service (its {@code Host}, or one of
 * {@code iro.security.origins} when a proxy rewrites the host). Anything else, including neither header, is refused
 * 403 before it runs. A caller with a bearer token chose to send it and is not affected.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class CookieRequestsFromOwnPages implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(CookieRequestsFromOwnPages.class);
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);

    private final Set<String> origins;

    CookieRequestsFromOwnPages(@Value("${iro.security.origins:}") List<String> origins) {
        this.origins = origins.stream().map(String::trim).filter(o -> !o.isEmpty()).map(CookieRequestsFromOwnPages::origin)
                .collect(Collectors.toSet());
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod())
                || request.getHeaders().getAuthorization().filter(a -> a.startsWith("Bearer ")).isPresent()
                || request.getCookies().findCookie(SignIns.COOKIE).isEmpty()) {
            return null;
        }
        String site = request.getHeaders().get("Sec-Fetch-Site");
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        boolean own = site != null ? site.equalsIgnoreCase("same-origin") : origin != null && isOwn(origin, request);
        if (own) {
            return null;
        }
        LOG.warn("Refused a {} signed in by the cookie from another origin: Origin={} Sec-Fetch-Site={} requestId={}",
                request.getMethodName(), printable(origin), printable(site), RequestIds.ensure(request));
        return Problem.of(HttpStatus.FORBIDDEN, "a change signed in by the session cookie must come from this "
                + "service's own pages (Origin or Sec-Fetch-Site); a script should send its token as a bearer header",
                List.of());
    }

    private boolean isOwn(String origin, HttpRequest<?> request) {
        String given = origin(origin);
        if (origins.contains(given)) {
            return true;
        }
        String host = request.getHeaders().get(HttpHeaders.HOST);
        if (host == null || given.isEmpty()) {
            return false;
        }
        String authority = given.substring(given.indexOf("://") + 3);
        String scheme = given.substring(0, given.indexOf("://"));
        String hostOnly = host.toLowerCase(Locale.ROOT);
        return authority.equals(hostOnly)
                || authority.equals(hostOnly + (scheme.equals("https") ? ":443" : ":80"))
                || hostOnly.equals(authority + (scheme.equals("https") ? ":443" : ":80"));
    }

    /** {@code scheme://host[:port]} in lower case, or empty for anything else ({@code null} origins included). */
    private static String origin(String text) {
        try {
            URI uri = URI.create(text.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            return (uri.getScheme() + "://" + uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : ""))
                    .toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String printable(String value) {
        return value == null ? "-" : value.codePoints().limit(100).map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
