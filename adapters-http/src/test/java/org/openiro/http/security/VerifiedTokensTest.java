package org.openiro.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * A token's signature is checked once a minute at most; its claims on every request, so a token that has expired
 * since, or whose session has grown too old, is refused at once.
 */
class VerifiedTokensTest {

    /** Micronaut's validator as far as this store sees it: a "good…" token checks out, any other does not. */
    private static final class Signatures implements ReactiveJsonWebTokenValidator<JWT, HttpRequest<?>> {
        final List<String> checked = new ArrayList<>();

        @Override
        public Publisher<JWT> validate(String token, HttpRequest<?> request) {
            throw new UnsupportedOperationException("the store asks for the authentication, as the fetcher would");
        }

        @Override
        public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
            String subject = subject(token);
            checked.add(subject);
            return subject.startsWith("good") ? Mono.just(Authentication.build(subject)) : Mono.empty();
        }
    }

    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-07T03:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Signatures signatures = new Signatures();
    private final AtomicBoolean claimsHold = new AtomicBoolean(true);
    private final List<String> claimsCheckedFor = new ArrayList<>();
    private final GenericJwtClaimsValidator<HttpRequest<?>> claims = (c, request) -> {
        claimsCheckedFor.add((String) c.get("sub"));
        return claimsHold.get();
    };
    private final MovingClock clock = new MovingClock();
    private final VerifiedTokens tokens = new VerifiedTokens(signatures, List.of(claims), clock);

    /** A token of {@code subject}, as text. */
    private static String token(String subject) {
        return new PlainJWT(new JWTClaimsSet.Builder().subject(subject).build()).serialize();
    }

    private static String subject(String token) {
        try {
            return PlainJWT.parse(token).getJWTClaimsSet().getSubject();
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private Authentication validate(String subject) {
        return Mono.from(tokens.validateToken(token(subject), null)).block();
    }

    @Test
    void a_token_that_checked_out_is_not_checked_again_within_the_minute_but_its_claims_are() {
        Authentication first = validate("good-1");
        clock.now = clock.now.plus(VerifiedTokens.KEPT_FOR).minusSeconds(1);
        Authentication again = validate("good-1");

        assertThat(first.getName()).isEqualTo("good-1");
        assertThat(again).isSameAs(first);
        assertThat(signatures.checked).containsExactly("good-1");
        assertThat(claimsCheckedFor).as("the kept claims checked on the second request").containsExactly("good-1");
    }

    @Test
    void claims_that_no_longer_hold_refuse_a_kept_token_at_once() {
        validate("good-1");
        claimsHold.set(false); // expired since, or its session grown too old

        assertThat(validate("good-1")).isNull();
        assertThat(signatures.checked).containsExactly("good-1");
    }

    @Test
    void after_the_minute_the_signature_is_checked_again() {
        validate("good-1");
        clock.now = clock.now.plus(VerifiedTokens.KEPT_FOR);

        assertThat(validate("good-1").getName()).isEqualTo("good-1");
        assertThat(signatures.checked).containsExactly("good-1", "good-1");
    }

    @Test
    void a_token_that_does_not_check_out_is_not_kept() {
        assertThat(validate("forged")).isNull();
        assertThat(validate("forged")).isNull();

        assertThat(signatures.checked).containsExactly("forged", "forged");
    }

    @Test
    void each_token_is_kept_by_its_whole_text() {
        validate("good-1");
        validate("good-2");
        validate("good-1");

        assertThat(signatures.checked).containsExactly("good-1", "good-2");
    }
}
