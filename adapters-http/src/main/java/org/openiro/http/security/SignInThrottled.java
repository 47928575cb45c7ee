package org.openiro.http.security;

import java.time.Duration;

/**
 * A sign-in refused before the password was checked: too many recent failures for this username, for this address and
 * username, or from this address, or too many sign-ins being checked at once. Answered 429 with {@code Retry-After};
 * public so that the sign-in page can catch it and say so in its own words.
 */
public class SignInThrottled extends RuntimeException {

    private final Duration retryAfter;

    public SignInThrottled(Duration retryAfter) {
        super("too many failed sign-ins: try again later");
        this.retryAfter = retryAfter;
    }

    /** How long to wait before trying again, at least a second. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** {@link #retryAfter()} in whole seconds, rounded up, as the {@code Retry-After} header gives it. */
    public long retryAfterSeconds() {
        long seconds = (retryAfter.toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }
}
