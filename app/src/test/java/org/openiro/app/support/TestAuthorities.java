package org.openiro.app.support;

import java.util.UUID;

/** Each test works in an authority of its own, so tests never see each other's data. */
public final class TestAuthorities {

    private TestAuthorities() {
    }

    public static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
