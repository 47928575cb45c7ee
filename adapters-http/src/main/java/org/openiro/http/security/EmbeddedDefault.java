package org.openiro.http.security;

import io.micronaut.core.value.PropertyResolver;

/**
 * Whether this is the embedded default, {@code ./iro run}: the service on the H2 database file application.yml names
 * ({@code iro.embedded.database-url}), for trying it on one's own machine. Only there are the demo users created, the
 * sign-in cookie sent without {@code Secure} (plain http://localhost) and the port opened on 127.0.0.1 alone unless
 * told otherwise. Any other database, an H2 file elsewhere included, is treated as a real installation.
 */
public final class EmbeddedDefault {

    public static final String DATABASE_URL = "iro.embedded.database-url";
    private static final String CONFIGURED_URL = "datasources.default.url";

    private EmbeddedDefault() {
    }

    public static boolean is(PropertyResolver properties) {
        String embedded = properties.get(DATABASE_URL, String.class).orElse("");
        String configured = properties.get(CONFIGURED_URL, String.class).orElse("");
        return !embedded.isBlank() && embedded.equals(configured) && embedded.startsWith("jdbc:h2:");
    }
}
