package org.openiro.http.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Reads the token from the HttpOnly cookie {@code POST /api/login} sets, so a browser can open the HTML pages. A
 * bearer header, when there is one, is read first. The cookie is SameSite=Strict, so another site cannot make a
 * browser send it.
 */
@Singleton
class SessionCookieReader implements TokenReader<HttpRequest<?>> {

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return request.getCookies().findCookie(SignIns.COOKIE).map(Cookie::getValue)
                .filter(value -> !value.isBlank());
    }

    @Override
    public int getOrder() {
        return 100;
    }
}
