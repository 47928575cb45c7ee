package org.openiro.http.security;

import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.openiro.access.Action;
import org.openiro.access.Caller;
import org.openiro.access.port.in.AuthorizeUseCase;
import org.openiro.audit.AuditEntry;
import org.openiro.audit.port.in.RecordAuditUseCase;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.shared.UnitOfWork;

/**
 * Before an endpoint runs: is this caller allowed to do its action here? After a write succeeds: record it in the
 * audit trail, in the same transaction as the write, so there is never a change without its entry.
 */
@Singleton
class PermitsInterceptor implements MethodInterceptor<Object, Object> {

    /** Before validation, so nobody learns anything about another authority's resources from a 400. */
    private static final int ORDER = InterceptPhase.VALIDATE.getPosition() - 10;

    /** Set by {@code idempotency.IdempotentRequests} on a request it answered without running it. */
    private static final String REPLAYED = "iro.idempotency.replayed";

    private final AuthorizeUseCase authorize;
    private final RecordAuditUseCase audit;
    private final UnitOfWork unitOfWork;
    private final Callers callers;
    private final Clock clock;

    PermitsInterceptor(AuthorizeUseCase authorize, RecordAuditUseCase audit, UnitOfWork unitOfWork, Callers callers,
                       Clock clock) {
        this.authorize = authorize;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.callers = callers;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        Action action = context.enumValue(Permits.class, Action.class)
                .orElseThrow(() -> new IllegalStateException("@Permits without an action"));
        HttpRequest<?> request = ServerRequestContext.currentRequest()
                .orElseThrow(() -> new IllegalStateException("@Permits outside a request"));
        Caller caller = request.getUserPrincipal(Authentication.class).map(callers::of)
                .orElseThrow(() -> new IllegalStateException("an /api route reached without authentication"));
        Map<String, Object> parameters = context.getParameterValueMap();
        AuthorityCode authority = AuthorityCode.of((String) parameters.get("authority"));
        Optional<ChildId> child = Optional.ofNullable((String) parameters.get("childId")).map(ChildId::of);

        Object alertId = parameters.get("alertId");
        if (child.isEmpty() && alertId != null) {
            authorize.authorizeOnAlert(caller, authority, action, (String) alertId);
        } else {
            authorize.authorize(caller, authority, action, child);
        }
        if (!action.isWrite()) {
            return context.proceed();
        }
        return unitOfWork.inTransaction(() -> {
            Object result = context.proceed();
            if (request.getAttribute(REPLAYED).isPresent()) {
                return result; // the first answer given again (Idempotency-Key): nothing was written this time
            }
            audit.record(new AuditEntry(0, clock.instant(), authority, caller.username(), action.id(),
                    action.resource(), resourceId(result, parameters, request.getPath()), request.getMethodName(),
                    request.getPath(),
                    RequestIds.of(request)));
            return result;
        });
    }

    /**
     * The record the write created (its Location), or else the most specific id in the path; a record created where
     * it was posted (a review's QA form, findings on a child of an audit) takes the path's, and so does a page sent on
     * to a confirmation that carries its figures in a query (the imports page's), which names no record.
     */
    private static String resourceId(Object result, Map<String, Object> parameters, String path) {
        if (result instanceof HttpResponse<?> response && response.getHeaders().get("Location") != null
                && !response.getHeaders().get("Location").equals(path)
                && !response.getHeaders().get("Location").contains("?")) {
            String location = response.getHeaders().get("Location");
            return location.substring(location.lastIndexOf('/') + 1);
        }
        for (String name : new String[] {"reviewId", "bookingId", "alertId", "auditId", "username", "childId",
                "iroId", "authority"}) {
            if (parameters.get(name) != null) {
                return String.valueOf(parameters.get(name));
            }
        }
        return null;
    }
}
