package org.openiro.http.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openiro.access.Caller;
import org.openiro.access.Role;
import org.openiro.access.port.in.SignInUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way a local user signs in, whether through {@code POST /api/login} or the sign-in page: the password checked
 * by the use case, a signed token with the caller's roles and staff ids, and the HttpOnly cookie that carries it. Both
 * doors share it so that what guards sign-in guards both:
 * <ul>
 *   <li>the password hash (PBKDF2, 600,000 rounds: a deliberately slow computation) runs on a small pool of its own
 *   with a bounded queue, never on a thread that serves other requests, so a burst of sign-ins cannot slow down
 *   everything else; a full queue refuses at once;</li>
 *   <li>failures are throttled per username, per address and username, and per address alone
 *   ({@link SignInThrottle}), answered 429 with {@code Retry-After} ({@link SignInThrottled});</li>
 *   <li>every failure is logged with the username, the address and the request id, never the password.</li>
 * </ul>
 */
@Singleton
@Requires(missingProperty = IdentityProvider.JWKS_URL)
public class SignIns {

    public static final String COOKIE = "iro_token";
    private static final Logger LOG = LoggerFactory.getLogger(SignIns.class);

    private final SignInUseCase signIn;
    private final TokenGenerator tokens;
    private final Clock clock;
    private final Duration lifetime;
    private final boolean secureCookie;
    private final Counter failures;
    private final Counter throttled;
    private final SignInThrottle throttle;
    private final ClientAddresses addresses;
    private final ThreadPoolExecutor hashing;

    SignIns(SignInUseCase signIn, TokenGenerator tokens, Clock clock,
            @Value("${iro.security.token-lifetime:8h}") Duration lifetime,
            SecureCookie secureCookie, MeterRegistry metrics,
            @Value("${iro.security.sign-in.max-failures-per-user:5}") int perUser,
            @Value("${iro.security.sign-in.max-failures-per-address-and-user:5}") int perAddressAndUser,
            @Value("${iro.security.sign-in.max-failures-per-address:100}") int perAddress,
            @Value("${iro.security.sign-in.window:5m}") Duration window,
            @Value("${iro.security.sign-in.lockout:1m}") Duration lockout,
            @Value("${iro.security.sign-in.max-lockout:1h}") Duration maxLockout,
            @Value("${iro.security.sign-in.trusted-proxies:}") List<String> trustedProxies,
            @Value("${iro.security.sign-in.threads:2}") int threads,
            @Value("${iro.security.sign-in.queue:16}") int queue) {
        this.failures = Counter.builder("iro.sign.in.failures")
                .description("Sign-ins refused for an unknown username or a wrong password").register(metrics);
        this.throttled = Counter.builder("iro.sign.in.throttled")
                .description("Sign-ins refused unchecked (429): too many recent failures, or too many at once")
                .register(metrics);
        this.signIn = signIn;
        this.tokens = tokens;
        this.clock = clock;
        this.lifetime = lifetime;
        this.secureCookie = secureCookie.on();
        this.throttle = new SignInThrottle(new SignInThrottle.Settings(perUser, perAddressAndUser, perAddress, window,
                lockout, maxLockout));
        this.addresses = new ClientAddresses(trustedProxies);
        AtomicInteger count = new AtomicInteger();
        this.hashing = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, queue)), task -> {
                    Thread thread = new Thread(task, "iro-sign-in-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** A session: who signed in, the signed token, and the cookie that carries it for its lifetime. */
    public record SignedIn(Caller caller, String token, Cookie cookie, Duration lifetime) {
    }

    /**
     * Signs a local user in, waiting for the password check; call it from a thread that may block (a controller
     * method with {@code @ExecuteOn(TaskExecutors.BLOCKING)}), or use {@link #signInLater}.
     *
     * @throws SignInUseCase.SignInRefused for an unknown username or a wrong password (one answer for both)
     * @throws SignInThrottled             when refused unchecked: too many failures lately, or too many at once
     */
    public SignedIn signIn(String username, String password, HttpRequest<?> request) {
        try {
            return signInLater(username, password, request).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking a password", e);
        }
    }

    /**
     * Signs a local user in without blocking the caller: the future completes, on the sign-in pool, with the session
     * or with the exceptions {@link #signIn} throws (never wrapped).
     */
    public CompletableFuture<SignedIn> signInLater(String username, String password, HttpRequest<?> request) {
        String address = addresses.of(request);
        String requestId = RequestIds.ensure(request);
        SignInThrottle.Attempt attempt;
        try {
            attempt = throttle.begin(address, username, clock.instant());
        } catch (SignInThrottled refused) {
            throttled.increment();
            LOG.warn("Sign-in throttled: username={} address={} requestId={} retryAfter={}s", printable(username),
                    address, requestId, refused.retryAfterSeconds());
            return CompletableFuture.failedFuture(refused);
        }
        CompletableFuture<SignedIn> result = new CompletableFuture<>();
        try {
            hashing.execute(() -> {
                try {
                    result.complete(check(username, password, attempt, address, requestId));
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException busy) {
            attempt.succeeded(); // not tried: it counts as no failure
            throttled.increment();
            LOG.warn("Sign-in refused unchecked, {} already waiting: username={} address={} requestId={}",
                    hashing.getQueue().size(), printable(username), address, requestId);
            return CompletableFuture.failedFuture(new SignInThrottled(Duration.ofSeconds(1)));
        }
        return result;
    }

    private SignedIn check(String username, String password, SignInThrottle.Attempt attempt, String address,
                           String requestId) {
        Caller caller;
        try {
            caller = signIn.signIn(username, password);
        } catch (SignInUseCase.SignInRefused refused) {
            attempt.failed(clock.instant());
            failures.increment();
            LOG.warn("Sign-in failed: username={} address={} requestId={}", printable(username), address, requestId);
            throw refused;
        } catch (RuntimeException e) {
            attempt.succeeded(); // not the caller's failure (the database, say): no strike against them
            throw e;
        }
        attempt.succeeded();
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

    /** A username as the log may show it: no line breaks or other control characters a caller could forge lines with. */
    private static String printable(String username) {
        String text = username == null ? "" : username;
        return text.codePoints().limit(64).map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    @PreDestroy
    void stop() {
        hashing.shutdownNow();
    }
}
