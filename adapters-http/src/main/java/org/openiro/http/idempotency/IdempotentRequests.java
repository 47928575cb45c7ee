package org.openiro.http.idempotency;

import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;
import org.openiro.access.Action;
import org.openiro.access.port.out.IdempotencyKeys;
import org.openiro.access.port.out.IdempotencyKeys.Answer;
import org.openiro.access.port.out.IdempotencyKeys.Answered;
import org.openiro.access.port.out.IdempotencyKeys.Claim;
import org.openiro.access.port.out.IdempotencyKeys.InFlight;
import org.openiro.authority.AuthorityCode;
import org.openiro.http.security.Permits;
import org.openiro.shared.Conflict;
import org.openiro.shared.InvalidInput;

/**
 * Honours an {@code Idempotency-Key} header on the JSON {@code POST}s (and {@code PUT}s) under {@code /api/authorities}
 * (issue 22): a
 * client that lost an answer sends the request again with the same key and gets the first answer back, not a second
 * review. The first answer is given again for 24 hours, per authority and user; the same key with another request is
 * refused (422), and while the first is still running the second is told so (409). Only an answer that changed
 * something is kept, in the transaction of that change; a refused request keeps nothing, so it may be corrected and
 * sent again with the same key. Sign-in and the SSDA903 upload (multipart) take no key.
 */
@Singleton
@InterceptorBean(Permits.class)
class IdempotentRequests implements MethodInterceptor<Object, Object> {

    public static final String HEADER = "Idempotency-Key";
    /** Set on a request answered from the kept answer: nothing was written, so nothing is audited. */
    public static final String REPLAYED = "iro.idempotency.replayed";
    /** Inside the access check's transaction (validation's position less 10), before validation. */
    private static final int ORDER = InterceptPhase.VALIDATE.getPosition() - 5;
    /**
     * The issue asks it of every POST; a PUT takes one too, since some of ours are not idempotent over time (an IRO
     * allocated from a date earlier than the current allocation's is refused), and a client resuming a replay sends
     * both (the demo's load, {@code app.DemoData}).
     */
    private static final Set<HttpMethod> WITH_KEYS = Set.of(HttpMethod.POST, HttpMethod.PUT);
    /** Printable ASCII without spaces, as a UUID or any client's token is. */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyKeys keys;
    private final JsonMapper json;
    private final Clock clock;

    IdempotentRequests(IdempotencyKeys keys, JsonMapper json, Clock clock) {
        this.keys = keys;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        HttpRequest<?> request = ServerRequestContext.currentRequest().orElse(null);
        String key = request == null ? null : request.getHeaders().get(HEADER);
        boolean write = context.enumValue(Permits.class, Action.class).map(Action::isWrite).orElse(false);
        if (key == null || !WITH_KEYS.contains(request.getMethod()) || !write || isUpload(request)) {
            return context.proceed();
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInput(HEADER, "must be 1 to 255 printable characters without spaces, such as a UUID");
        }
        AuthorityCode authority = AuthorityCode.of((String) context.getParameterValueMap().get("authority"));
        String user = request.getUserPrincipal(Authentication.class).map(Authentication::getName)
                .orElseThrow(() -> new IllegalStateException("an /api route reached without authentication"));
        String fingerprint = fingerprint(request, context);
        Instant now = clock.instant();
        Claim claim = keys.claim(authority, user, key, now.minus(IdempotencyKeys.KEPT_FOR));
        if (claim instanceof InFlight) {
            throw new Conflict(HEADER, "a request with this key is still being handled; ask again in a moment");
        }
        if (claim instanceof Answered answered) {
            if (!answered.fingerprint().equals(fingerprint)) {
                throw new KeyReused();
            }
            request.setAttribute(REPLAYED, true);
            return replay(answered.answer(), context);
        }
        Object result = context.proceed();
        keys.remember(authority, user, key, fingerprint, answer(result, context), now);
        return result;
    }

    private static boolean isUpload(HttpRequest<?> request) {
        return request.getContentType().map(t -> t.matches(MediaType.MULTIPART_FORM_DATA_TYPE)).orElse(false);
    }

    /** The method, the path with its query, and the body as the endpoint read it. */
    private String fingerprint(HttpRequest<?> request, MethodInvocationContext<Object, Object> context) {
        StringBuilder text = new StringBuilder(request.getMethodName()).append(' ').append(request.getUri())
                .append('\n');
        Argument<?>[] arguments = context.getArguments();
        Object[] values = context.getParameterValues();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i].getAnnotationMetadata().hasAnnotation(Body.class)) {
                text.append(write(values[i]));
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private Answer answer(Object result, MethodInvocationContext<Object, Object> context) {
        if (result instanceof HttpResponse<?> response) {
            return new Answer(response.getStatus().getCode(), response.getHeaders().get(HttpHeaders.LOCATION),
                    response.getHeaders().get(HttpHeaders.ETAG), response.getBody().map(this::write).orElse(null));
        }
        HttpStatus status = context.enumValue(Status.class, HttpStatus.class).orElse(HttpStatus.OK);
        return new Answer(status.getCode(), null, null, result == null ? null : write(result));
    }

    /** The answer as the endpoint gave it: its body read back into the type the endpoint answers with. */
    private Object replay(Answer answer, MethodInvocationContext<Object, Object> context) {
        boolean response = HttpResponse.class.isAssignableFrom(context.getReturnType().getType());
        Argument<?> bodyType = response ? context.getReturnType().asArgument().getFirstTypeVariable()
                .orElse(Argument.OBJECT_ARGUMENT) : context.getReturnType().asArgument();
        Object body = answer.body() == null ? null : read(answer.body(), bodyType);
        if (!response) {
            return body;
        }
        MutableHttpResponse<Object> replayed = HttpResponse.status(HttpStatus.valueOf(answer.status()));
        if (body != null) {
            replayed.body(body);
        }
        if (answer.location() != null) {
            replayed.header(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.etag() != null) {
            replayed.header(HttpHeaders.ETAG, answer.etag());
        }
        return replayed;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object read(String body, Argument<?> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
