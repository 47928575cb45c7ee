package org.openiro.http.errors;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import org.openiro.http.security.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handler of last resort: any failure no other handler knows (a bug, a constraint the database refuses that no
 * check foresaw) is a 500 whose answer says nothing of the service's insides, no SQL, no class or column names
 * (issue 19), only the request id, under which the whole failure is logged for whoever runs the service.
 */
@Singleton
@Produces
class LastResort implements ExceptionHandler<Throwable, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(LastResort.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, Throwable e) {
        String requestId = RequestIds.of(request);
        LOG.error("{} {} failed (request id {})", request.getMethodName(), request.getPath(), requestId, e);
        return Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, detail(requestId), List.of());
    }

    /** What a client is told of any internal failure: that it is not theirs, and the id to quote. */
    static String detail(String requestId) {
        return "The service failed to answer this request. Nothing about it is shown here; it is logged under the"
                + " request id " + requestId + ", which the service's administrators can look up.";
    }
}
