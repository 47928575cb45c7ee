package org.openiro.http.idempotency;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import org.openiro.http.errors.Problem;
import org.openiro.shared.FieldError;

/** An {@code Idempotency-Key} already used for another request: 422, since repeating it cannot help. */
final class KeyReused extends RuntimeException {

    KeyReused() {
        super("this key was used for another request (another path or body) in the last 24 hours; use a new key");
    }

    @Singleton
    @Produces
    static class Handler implements ExceptionHandler<KeyReused, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, KeyReused e) {
            return Problem.of(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(),
                    List.of(new FieldError(IdempotentRequests.HEADER, e.getMessage())));
        }
    }
}
