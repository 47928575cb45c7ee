package org.openiro.http.errors;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import org.openiro.access.Forbidden;
import org.openiro.access.port.in.SignInUseCase.SignInRefused;
import org.openiro.shared.Conflict;
import org.openiro.shared.FieldError;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.NotFound;
import org.openiro.shared.StaleVersion;
import org.openiro.shared.StoreUnavailable;

/** The domain's refusals, each mapped once to its status: 400 can never succeed, 409 might later, 404 is not here. */
final class DomainExceptionHandlers {

    private DomainExceptionHandlers() {
    }

    @Singleton
    @Produces
    static class InvalidInputHandler implements ExceptionHandler<InvalidInput, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, InvalidInput e) {
            return Problem.badRequest(e.errors());
        }
    }

    @Singleton
    @Produces
    static class NotFoundHandler implements ExceptionHandler<NotFound, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, NotFound e) {
            return Problem.of(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
        }
    }

    @Singleton
    @Produces
    static class ConflictHandler implements ExceptionHandler<Conflict, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, Conflict e) {
            return Problem.of(HttpStatus.CONFLICT, e.getMessage(),
                    e.field() == null ? List.of() : List.of(new FieldError(e.field(), e.getMessage())));
        }
    }

    @Singleton
    @Produces
    static class ForbiddenHandler implements ExceptionHandler<Forbidden, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, Forbidden e) {
            return Problem.of(HttpStatus.FORBIDDEN, e.getMessage(), List.of());
        }
    }

    @Singleton
    @Produces
    static class SignInRefusedHandler implements ExceptionHandler<SignInRefused, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, SignInRefused e) {
            return Problem.of(HttpStatus.UNAUTHORIZED, e.getMessage(), List.of());
        }
    }

    /** 412 when the request named the version it expected (If-Match), 409 when two changes simply met. */
    @Singleton
    @Produces
    static class StaleVersionHandler implements ExceptionHandler<StaleVersion, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, StaleVersion e) {
            HttpStatus status = request.getHeaders().contains("If-Match") ? HttpStatus.PRECONDITION_FAILED
                    : HttpStatus.CONFLICT;
            return Problem.of(status, e.getMessage(), List.of());
        }
    }

    /**
     * 503 with {@code Retry-After} when the database is out of reach or its connection was lost (issue 22): the
     * request may well succeed in a moment, and says whether anything of it may have been kept.
     */
    @Singleton
    @Produces
    static class StoreUnavailableHandler implements ExceptionHandler<StoreUnavailable, HttpResponse<Problem>> {
        /** Seconds: enough for the pool to open new connections, or a restarted database to take them. */
        static final String RETRY_AFTER = "2";

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, StoreUnavailable e) {
            return Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "The service could not reach its database ("
                    + e.getMessage() + "); try again shortly.", List.of()).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
        }
    }
}
