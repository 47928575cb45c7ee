package org.openiro.http.errors;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import org.openiro.http.security.RequestIds;
import org.openiro.shared.FieldError;

/**
 * Every error the framework itself answers (no such route, wrong method, unreadable JSON, a body too large, no
 * token) in the same problem+json shape as the service's own refusals.
 */
@Singleton
class ProblemResponses implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> base) {
        HttpStatus status = base.getStatus();
        List<FieldError> errors = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> new FieldError(field(e), e.getMessage()))
                .toList();
        String detail = context.getErrors().stream().map(Error::getMessage).findFirst()
                .orElse(status.getReason());
        if (status == HttpStatus.BAD_REQUEST && context.getRootCause().map(JsonErrors::isSyntax).orElse(false)) {
            detail = "the body is not valid JSON";
            errors = List.of(new FieldError("body", detail));
        }
        if (status.getCode() >= 500 && status != HttpStatus.SERVICE_UNAVAILABLE) {
            // The framework's own 500s quote the exception's message: never the service's insides (issue 19).
            detail = LastResort.detail(RequestIds.of(context.getRequest()));
            errors = List.of();
        }
        Problem problem = new Problem("about:blank", status.getReason(), status.getCode(), detail,
                errors.isEmpty() ? null : errors.stream().map(e -> new Problem.Error(e.field(), e.message())).toList());
        return base.body(problem).contentType(Problem.PROBLEM_JSON);
    }

    private static String field(Error error) {
        String path = error.getPath().orElse("body");
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
