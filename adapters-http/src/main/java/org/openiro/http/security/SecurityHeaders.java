package org.openiro.http.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers on every answer, so a browser treats them as what they are:
 * <ul>
 *   <li>{@code Cache-Control: no-store} on every {@code /api} answer and every page (anything not a static file
 *   under {@code /assets} or one that sets its own caching), so personal data is not kept in a browser's or a proxy's
 *   cache after the user signs out;</li>
 *   <li>{@code X-Content-Type-Options: nosniff}, so an answer is never run as a script or page it was not meant to be;</li>
 *   <li>the {@link ContentSecurityPolicy}, {@code Referrer-Policy: same-origin} (paths name children, so no other site
 *   is told them; {@code no-referrer} would also make a browser send {@code Origin: null} on the pages' own form posts,
 *   which Micronaut refuses on a service at localhost as a drive-by-localhost attack) and
 *   {@code X-Frame-Options: DENY} for browsers older than {@code frame-ancestors};</li>
 *   <li>{@code Strict-Transport-Security} where the cookie is {@code Secure} ({@link SecureCookie}), that is behind
 *   HTTPS.</li>
 * </ul>
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeaders {

    private final boolean https;

    SecurityHeaders(SecureCookie secureCookie) {
        this.https = secureCookie.on();
    }

    @ResponseFilter
    void add(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        MutableHttpHeaders headers = response.getHeaders();
        boolean staticFile = path.startsWith("/assets/");
        boolean page = response.getContentType().map(type -> type.matches(MediaType.TEXT_HTML_TYPE)).orElse(false);
        if (path.startsWith("/api/") || path.equals("/api") || page
                || (!staticFile && !response.getHeaders().contains(HttpHeaders.CACHE_CONTROL))) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.policy(request));
        headers.set("Referrer-Policy", "same-origin");
        headers.set("X-Frame-Options", "DENY");
        if (https) {
            headers.set("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
