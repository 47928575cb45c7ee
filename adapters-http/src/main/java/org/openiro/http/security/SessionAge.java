package org.openiro.http.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;

/**
 * A signed-in session lasts at most {@code iro.security.max-session-age} (8 hours, a working day): a token issued
 * longer ago is refused (401) whatever its {@code exp} says, so a token with a long life, leaked or left in a browser,
 * stops working by the end of the day. A token must say when it was issued ({@code iat}); one that does not, or says a
 * time in the future, is refused too.
 */
@Singleton
class SessionAge implements GenericJwtClaimsValidator<HttpRequest<?>> {

    /** Clocks of the identity provider and of this service may differ a little. */
    private static final Duration SKEW = Duration.ofSeconds(60);

    private final Clock clock;
    private final Duration maximum;

    SessionAge(Clock clock, @Value("${iro.security.max-session-age:8h}") Duration maximum) {
        this.clock = clock;
        this.maximum = maximum;
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        Object issued = claims.get("iat");
        long issuedAt;
        if (issued instanceof Date date) {
            issuedAt = date.getTime() / 1000;
        } else if (issued instanceof Number number) {
            issuedAt = number.longValue();
        } else {
            return false;
        }
        long now = clock.instant().getEpochSecond();
        return issuedAt <= now + SKEW.toSeconds() && now - issuedAt <= maximum.toSeconds();
    }
}
