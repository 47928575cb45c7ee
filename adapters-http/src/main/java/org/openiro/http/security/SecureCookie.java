package org.openiro.http.security;

import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

/**
 * Whether the sign-in cookie is marked {@code Secure} (sent over HTTPS only), and so whether answers carry
 * {@code Strict-Transport-Security}: {@code iro.security.secure-cookie} ({@code IRO_SECURITY_SECURE_COOKIE}) when set,
 * otherwise on everywhere but the embedded default, which is plain http://localhost.
 */
@Singleton
public class SecureCookie {

    private final boolean on;

    SecureCookie(Environment environment) {
        this.on = environment.get("iro.security.secure-cookie", Boolean.class)
                .orElseGet(() -> !EmbeddedDefault.is(environment));
    }

    public boolean on() {
        return on;
    }
}
