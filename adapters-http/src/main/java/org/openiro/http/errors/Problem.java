package org.openiro.http.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.openiro.shared.FieldError;

/** An RFC 9457 problem document, with the fields a client got wrong named as it wrote them (api.md). */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, @Nullable List<Error> errors) {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    @Serdeable
    public record Error(String field, String message) {
    }

    public static MutableHttpResponse<Problem> of(HttpStatus status, String detail, List<FieldError> errors) {
        Problem problem = new Problem("about:blank", status.getReason(), status.getCode(), detail,
                errors == null || errors.isEmpty() ? null
                        : errors.stream().map(e -> new Error(e.field(), e.message())).toList());
        return HttpResponse.<Problem>status(status).body(problem).contentType(PROBLEM_JSON);
    }

    public static MutableHttpResponse<Problem> badRequest(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are not valid";
        return of(HttpStatus.BAD_REQUEST, detail, errors);
    }
}
