package org.openiro.http.ssda903;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;
import org.openiro.http.errors.Problem;
import org.openiro.ssda903.ImportRefused;

/**
 * A refused import as problem+json (api.md): every problem in the files, each with the file, the row as a spreadsheet
 * numbers it, the column ({@code field}), the DfE's rule code where there is one, and the message.
 */
@Singleton
@Produces
class ImportRefusedHandler implements ExceptionHandler<ImportRefused, HttpResponse<ImportRefusedHandler.Refusal>> {

    @Serdeable
    record FileError(String file, int row, String field, String rule, String message) {
    }

    @Serdeable
    record Refusal(String type, String title, int status, String detail, List<FileError> errors) {
    }

    @Override
    public HttpResponse<Refusal> handle(HttpRequest request, ImportRefused refused) {
        List<FileError> errors = refused.problems().stream()
                .map(p -> new FileError(p.file(), p.row(), p.field(), p.rule(), p.message())).toList();
        HttpStatus status = HttpStatus.BAD_REQUEST;
        return HttpResponse.<Refusal>status(status)
                .body(new Refusal("about:blank", status.getReason(), status.getCode(), refused.getMessage(), errors))
                .contentType(Problem.PROBLEM_JSON);
    }
}
