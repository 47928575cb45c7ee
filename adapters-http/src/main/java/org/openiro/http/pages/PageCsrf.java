package org.openiro.http.pages;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openiro.access.Forbidden;
import org.openiro.http.security.SignIns;

/**
 * The token every page form that posts carries in its hidden {@code csrf} field: an HMAC of the session the browser
 * holds (its sign-in cookie, or before signing in a random cookie of its own), so another site, which cannot read
 * the page, cannot forge a post. A post without it, or with another session's, is refused (403). The secret is
 * {@code iro.pages.csrf-secret}, or random at each start (several instances behind one address must share one).
 */
@Singleton
public class PageCsrf {

    public static final String FIELD = "csrf";
    /** Signed-out browsers' session for the sign-in form's token: random, HttpOnly, SameSite=Strict. */
    static final String SIGNED_OUT_COOKIE = "iro_form";

    private final byte[] secret;
    private final SecureRandom random = new SecureRandom();

    PageCsrf(@Value("${iro.pages.csrf-secret:}") String configured) {
        if (configured.isBlank()) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            this.secret = bytes;
        } else {
            this.secret = configured.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The token for the session this request carries, if it carries one. */
    public Optional<String> tokenFor(HttpRequest<?> request) {
        return session(request).map(this::hmac);
    }

    /** The token for a session value (a cookie about to be set). */
    String tokenForSession(String session) {
        return hmac(session);
    }

    /** A fresh cookie to carry a signed-out browser's session for the sign-in form. */
    Cookie newSignedOutSession(boolean secure) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Cookie.of(SIGNED_OUT_COOKIE, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))
                .httpOnly(true).sameSite(io.micronaut.http.cookie.SameSite.Strict).path("/").secure(secure);
    }

    /** @throws Forbidden unless {@code given} is this session's token */
    public void check(HttpRequest<?> request, String given) {
        String expected = tokenFor(request).orElse(null);
        if (expected == null || given == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            throw new Forbidden("The form had expired or did not come from this service: go back, reload it and try"
                    + " again.");
        }
    }

    private static Optional<String> session(HttpRequest<?> request) {
        Optional<String> signedIn = request.getCookies().findCookie(SignIns.COOKIE).map(Cookie::getValue)
                .filter(v -> !v.isBlank());
        return signedIn.isPresent() ? signedIn
                : request.getCookies().findCookie(SIGNED_OUT_COOKIE).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    private String hmac(String session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(session.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
