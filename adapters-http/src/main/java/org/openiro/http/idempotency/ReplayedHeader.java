package org.openiro.http.idempotency;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Tells a client that the answer is the one given the first time, and nothing was done again. */
@ServerFilter("/api/authorities/**")
class ReplayedHeader {

    static final String NAME = "Idempotent-Replayed";

    @ResponseFilter
    void mark(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getAttribute(IdempotentRequests.REPLAYED).isPresent()) {
            response.header(NAME, "true");
        }
    }
}
