package org.openiro.http.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import org.openiro.http.errors.Problem;

/** 429 with {@code Retry-After}: the sign-in was not tried, and says when it may be. */
@Produces
@Singleton
@Requires(classes = {SignInThrottled.class, ExceptionHandler.class})
class SignInThrottledHandler implements ExceptionHandler<SignInThrottled, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, SignInThrottled e) {
        return Problem.of(HttpStatus.TOO_MANY_REQUESTS, "too many failed sign-ins: try again in "
                        + e.retryAfterSeconds() + " seconds", List.of())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
    }
}
