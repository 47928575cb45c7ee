package org.openiro.http.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.openiro.access.Caller;
import org.openiro.access.Role;
import org.openiro.access.port.in.SignInUseCase;

/**
 * The one way a local user signs in, whether through {@code POST /api/login} or the sign-in page: the password checked
 * by the use case, a signed token with the caller's roles and staff ids, and the HttpOnly cookie that carries it. Both
 * doors share it so that whatever guards sign-in (throttling, logging) guards both.
 */
@Singleton
@Requires(missingProperty = IdentityProvider.JWKS_URL)
public class SignIns {

    public static final String COOKIE = "iro_token";

    private final SignInUseCase signIn;
    private final TokenGenerator tokens;
    private final Clock clock;
    private final Duration lifetime;
    private final boolean secureCookie;
    private final Counter failures;

    SignIns(SignInUseCase signIn, TokenGenerator tokens, Clock clock,
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

    /** A session: who signed in, the signed token, and the cookie that carries it for its lifetime. */
    public record SignedIn(Caller caller, String token, Cookie cookie, Duration lifetime) {
    }

    /**
     * Signs a local user in.
     *
     * @throws SignInUseCase.SignInRefused for an unknown username or a wrong password (one answer for both)
     */
    public SignedIn signIn(String username, String password, HttpRequest<?> request) {
        Caller caller;
        try {
            caller = signIn.signIn(username, password);
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
        // Staff ids per authority (issue 19): sw-9 of one authority is not sw-9 of another.
        if (!caller.iroIds().isEmpty()) {
            claims.put("iroIds", new TreeMap<>(caller.iroIds()));
        }
        if (!caller.socialWorkerIds().isEmpty()) {
            claims.put("socialWorkerIds", new TreeMap<>(caller.socialWorkerIds()));
        }
        String token = tokens.generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("the local token signer is not configured"));
        Cookie cookie = Cookie.of(COOKIE, token).httpOnly(true).sameSite(SameSite.Strict).path("/")
                .secure(secureCookie).maxAge(lifetime);
        return new SignedIn(caller, token, cookie, lifetime);
    }

    /** The cookie that ends a session in the browser: the same name and path, emptied and expired. */
    public Cookie signedOut() {
        return Cookie.of(COOKIE, "").httpOnly(true).sameSite(SameSite.Strict).path("/").secure(secureCookie)
                .maxAge(0);
    }
}
