package org.openiro.http.security;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.generator.claims.JwtClaimsSetAdapter;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.reactivestreams.Publisher;

/**
 * A token's signature checked once a minute, not on every request; its claims checked on every request, as before.
 *
 * <p>Every API request carries its token, and checking it was about a tenth of the event loop's work for a review
 * written (issue 23, JFR on {@code review-write}): the token parsed (Base64, two JSON documents), its HMAC or RSA
 * signature computed, its claims read and checked. A token is the same text on every request of a session, and its
 * signature can only check out the same way again while the keys stay the same, so a token whose signature checked out
 * is kept here, by its whole text, with its parsed claims and what it authenticates, for at most {@link #KEPT_FOR}.
 * On every request it is used again, every claims validator the signature check runs ({@code exp}, {@code nbf}, the
 * session's age, the identity provider's issuer and audience) runs again on its kept claims: a token that has expired
 * since, or whose session has grown too old, is refused at once, as before. What is not done again within the minute
 * is only the signature: an identity provider's key withdrawn from its JWKS stops opening a token kept here at most a
 * minute later than Micronaut's validator alone would stop it, and the local secret does not change while the
 * service runs.
 *
 * <p>A token not kept, or kept longer than {@link #KEPT_FOR}, is checked whole by Micronaut's validator, as every
 * token was; one that fails is not kept, and answering empty here lets the next validator refuse it in its own words.
 * At most {@link #MOST} tokens are kept; past that the store starts again.
 */
@Singleton
class VerifiedTokens implements TokenValidator<HttpRequest<?>> {

    static final Duration KEPT_FOR = Duration.ofSeconds(60);
    static final int MOST = 10_000;

    /** A token whose signature checked out at {@code checkedAt}: its claims, and whom it authenticates. */
    private record Verified(Authentication authentication, Claims claims, Instant checkedAt) {
    }

    private final ReactiveJsonWebTokenValidator<JWT, HttpRequest<?>> signatures;
    private final List<GenericJwtClaimsValidator<HttpRequest<?>>> claimsValidators;
    private final Clock clock;
    private final Map<String, Verified> kept = new ConcurrentHashMap<>();

    VerifiedTokens(ReactiveJsonWebTokenValidator<JWT, HttpRequest<?>> signatures,
                   List<GenericJwtClaimsValidator<HttpRequest<?>>> claimsValidators, Clock clock) {
        this.signatures = signatures;
        this.claimsValidators = List.copyOf(claimsValidators);
        this.clock = clock;
    }

    /** Before Micronaut's validator, which is asked only when this one answers nothing. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, @Nullable HttpRequest<?> request) {
        Verified verified = kept.get(token);
        if (verified != null && !clock.instant().isBefore(verified.checkedAt().plus(KEPT_FOR))) {
            kept.remove(token, verified);
            verified = null;
        }
        if (verified != null) {
            return claimsHold(verified.claims(), request) ? Publishers.just(verified.authentication())
                    : Publishers.empty();
        }
        Instant checkedAt = clock.instant();
        return Publishers.then(signatures.validateToken(token, request),
                authentication -> keep(token, authentication, checkedAt));
    }

    /** Each claims validator, as Micronaut's validator runs them, on the claims kept. */
    private boolean claimsHold(Claims claims, @Nullable HttpRequest<?> request) {
        for (GenericJwtClaimsValidator<HttpRequest<?>> validator : claimsValidators) {
            if (!validator.validate(claims, request)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A token Micronaut's validator passed (signature and claims) kept with its claims, read again from the same text
     * (only on the first request of the minute).
     */
    private void keep(String token, Authentication authentication, Instant checkedAt) {
        Claims claims;
        try {
            claims = new JwtClaimsSetAdapter(JWTParser.parse(token).getJWTClaimsSet());
        } catch (ParseException e) {
            return; // passed, yet its claims cannot be read again: not kept, checked whole next time
        }
        if (kept.size() >= MOST) {
            kept.clear();
        }
        kept.put(token, new Verified(authentication, claims, checkedAt));
    }
}
