package org.openiro.http.errors;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedArgumentHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import org.openiro.shared.FieldError;

/**
 * Requests that are malformed before any use case sees them: a missing or unparseable field, a value outside its
 * format, an unknown property. Each becomes a 400 problem naming the field as the client wrote it.
 */
final class BadRequestHandlers {

    private BadRequestHandlers() {
    }

    @Singleton
    @Produces
    @Replaces(ConstraintExceptionHandler.class)
    static class Constraints implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException e) {
            List<FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new FieldError(field(v), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field)).toList();
            return Problem.badRequest(errors);
        }

        /**
         * {@code put.body.placement.type} → {@code placement.type}; {@code put.childId} → {@code childId};
         * {@code post.body.meetingDates[1]} → {@code meetingDates[1]}. Body parameters are always named {@code body}.
         */
        static String field(ConstraintViolation<?> violation) {
            StringBuilder field = new StringBuilder();
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                        || node.getKind() == ElementKind.RETURN_VALUE) {
                    continue;
                }
                if (node.getKind() == ElementKind.PARAMETER && "body".equals(node.getName())) {
                    continue;
                }
                if (node.getName() == null || node.getName().isEmpty() || node.getName().startsWith("<")) {
                    // a container element: the index belongs to the field named before it
                } else {
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    field.append('[').append(node.getKey()).append(']');
                }
            }
            return field.isEmpty() ? "body" : field.toString();
        }
    }

    @Singleton
    @Produces
    @Replaces(ConversionErrorHandler.class)
    static class Conversions implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException e) {
            Argument<?> argument = e.getArgument();
            if (argument.isAnnotationPresent(Body.class) || "body".equals(argument.getName())) {
                java.util.Optional<String> body = ((HttpRequest<?>) request).getBody(String.class);
                FieldError error = body.flatMap(json -> JsonFieldFinder.find(json, argument))
                        .orElse(new FieldError(JsonErrors.field(e.getMessage()), JsonErrors.message(e)));
                return Problem.badRequest(List.of(error));
            }
            return Problem.badRequest(List.of(new FieldError(argument.getName(), "has the wrong type or format")));
        }
    }

    @Singleton
    @Produces
    @Replaces(UnsatisfiedArgumentHandler.class)
    static class Unsatisfied implements ExceptionHandler<UnsatisfiedArgumentException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, UnsatisfiedArgumentException e) {
            boolean body = e.getArgument().isAnnotationPresent(Body.class) || "body".equals(e.getArgument().getName());
            String field = body ? "body" : e.getArgument().getName();
            return Problem.badRequest(List.of(new FieldError(field, body ? "a JSON body is required" : "is required")));
        }
    }

    @Singleton
    @Produces
    static class Codec implements ExceptionHandler<CodecException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, CodecException e) {
            return Problem.badRequest(List.of(new FieldError(JsonErrors.field(e.getMessage()), JsonErrors.message(e))));
        }
    }
}
