package org.openiro.http.resilience;

import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import org.openiro.http.security.Permits;
import org.openiro.shared.StoreUnavailable;

/**
 * A request whose database connection was lost before anything was kept runs once more, on a fresh connection
 * (issue 22: terminated connections answered 500 before any SQL ran). Outside the access check and its transaction,
 * so the second attempt is the whole request again. A loss that may have kept the change (at the commit), a second
 * loss, or an upload (its parts are read once) is left to answer 503 with {@code Retry-After}.
 */
@Singleton
@InterceptorBean(Permits.class)
class RetryWhenNothingWasKept implements MethodInterceptor<Object, Object> {

    /** Outside the access check (validation's position less 10) and its transaction. */
    private static final int ORDER = InterceptPhase.VALIDATE.getPosition() - 20;

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        try {
            return context.proceed();
        } catch (StoreUnavailable lost) {
            if (!lost.nothingKept() || isUpload()) {
                throw lost;
            }
            return context.proceed(this);
        }
    }

    private static boolean isUpload() {
        return ServerRequestContext.currentRequest().flatMap(HttpRequest::getContentType)
                .map(type -> type.matches(MediaType.MULTIPART_FORM_DATA_TYPE)).orElse(false);
    }
}
