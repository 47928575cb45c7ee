package org.openiro.http.audit;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.security.Principal;
import java.time.Clock;
import org.openiro.audit.AccessEntry;
import org.openiro.authority.AuthorityCode;
import org.openiro.audit.port.in.RecordAccessUseCase;
import org.openiro.http.security.RequestIds;

/**
 * Puts each answer {@link AccessRules} keeps in the access log: who, when, what and which request. Only the entry is
 * made here; it is written after the answer, with others ({@link RecordAccessUseCase}), so a read is no slower. Around
 * security (its answer is seen last), so a refusal made there is logged as well as one an endpoint makes. An answer
 * to nobody signed in (401) is not an access by anyone and is not logged.
 */
@ServerFilter({"/api/authorities/**", "/authorities/**"})
public class AccessLogFilter implements Ordered {

    private static final int USERNAME = 200;
    private static final int PATH = 500;

    private final RecordAccessUseCase accesses;
    private final Clock clock;

    AccessLogFilter(RecordAccessUseCase accesses, Clock clock) {
        this.accesses = accesses;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @ResponseFilter
    void note(HttpRequest<?> request, HttpResponse<?> response) {
        String path = request.getPath();
        int status = response.code();
        String contentType = response.getContentType().map(MediaType::toString).orElse(null);
        AccessRules.of(request.getMethodName(), path, status, contentType).ifPresent(noted -> {
            Principal user = request.getUserPrincipal().orElse(null);
            if (user == null) {
                return;
            }
            String query = request.getUri().getRawQuery();
            accesses.record(new AccessEntry(0, clock.instant(), AuthorityCode.of(noted.authority()),
                    cut(user.getName(), USERNAME), noted.kind(), cut(noted.resource(), 40), cut(noted.resourceId(), 100),
                    request.getMethodName(), cut(query == null ? path : path + "?" + query, PATH), status,
                    RequestIds.of(request)));
        });
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
