package org.openiro.architecture.badexamples.domain;

import io.micronaut.core.annotation.Introspected;

/** Rule 1 broken: a "domain" class that reaches for the framework. */
@Introspected
public final class LeakyPolicy {

    private final CleanValue value;

    public LeakyPolicy(CleanValue value) {
        this.value = value;
    }

    public CleanValue value() {
        return value;
    }
}
