package org.openiro.http.security;

import io.micronaut.http.HttpRequest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The Content-Security-Policy every answer carries: only the service's own scripts, styles, images (and inline
 * {@code data:} images), no framing, forms posted only back to the service. A page that needs an inline
 * {@code <script>} or {@code <style>} gives it {@code nonce="…"} with {@link #nonce}: the policy then allows that one
 * element, for that one answer, and nothing an attacker could inject beside it.
 */
public final class ContentSecurityPolicy {

    static final String HEADER = "Content-Security-Policy";
    private static final String ATTRIBUTE = "iro.cspNonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ContentSecurityPolicy() {
    }

    /** This request's nonce, made on first use; the answer's policy then allows elements that carry it. */
    public static String nonce(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElseGet(() -> {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            String nonce = Base64.getEncoder().encodeToString(bytes);
            request.setAttribute(ATTRIBUTE, nonce);
            return nonce;
        });
    }

    static String policy(HttpRequest<?> request) {
        String nonce = request.getAttribute(ATTRIBUTE, String.class).map(n -> " 'nonce-" + n + "'").orElse("");
        return "default-src 'self'; script-src 'self'" + nonce + "; style-src 'self'" + nonce
                + "; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
    }
}
