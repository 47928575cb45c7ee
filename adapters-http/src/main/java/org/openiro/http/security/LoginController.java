package org.openiro.http.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.Validated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openiro.access.Caller;
import org.openiro.access.Role;
import org.openiro.access.port.in.SignInUseCase;

/**
 * {@code POST /api/login}: a local user signs in. Only in the embedded default: the route does not exist once a
 * production identity provider is configured.
 */
@Controller("/api/login")
@Secured(SecurityRule.IS_ANONYMOUS)
@Validated
@Requires(missingProperty = IdentityProvider.JWKS_URL)
class LoginController {

    static final String COOKIE = "iro_token";

    private final SignInUseCase signIn;
    private final TokenGenerator tokens;
    private final Clock clock;
    private final Duration lifetime;
    private final boolean secureCookie;
    private final Counter failures;

    LoginController(SignInUseCase signIn, TokenGenerator tokens, Clock clock,
                    @Value("${iro.security.token-lifetime:8h}") Duration lifetime,
                    @Value("${iro.security.secure-cookie:false}") boolean secureCookie, MeterRegistry metrics) {
        this.failures = Counter.builder("iro.sign.in.failures")
                .description("Sign-ins refused for an unknown username or a wrong password").register(metrics);
        this.signIn = signIn;
        this.tokens = tokens;
        this.clock = clock;
        this.lifetime = lifetime;
        this.secureCookie = secureCookie;
    }

    @Serdeable
    record Credentials(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {
    }

    @Serdeable
    record Token(String access_token, String token_type, long expires_in) {
    }

    @Post
    HttpResponse<Token> login(@Body @Valid Credentials body) {
        Caller caller;
        try {
            caller = signIn.signIn(body.username(), body.password());
        } catch (SignInUseCase.SignInRefused refused) {
            failures.increment();
            throw refused;
        }
        long now = clock.instant().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", caller.username());
        claims.put("iat", now);
        claims.put("exp", now + lifetime.toSeconds());
        claims.put("roles", caller.roles().stream().map(Role::id).sorted().toList());
        claims.put("authorities", caller.authorities().stream().sorted().toList());
        caller.iro().ifPresent(id -> claims.put("iroId", id));
        caller.socialWorker().ifPresent(id -> claims.put("socialWorkerId", id));
        String token = tokens.generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("the local token signer is not configured"));
        Cookie cookie = Cookie.of(COOKIE, token).httpOnly(true).sameSite(SameSite.Strict).path("/")
                .secure(secureCookie).maxAge(lifetime);
        return HttpResponse.ok(new Token(token, "Bearer", lifetime.toSeconds())).cookie(cookie);
    }
}
