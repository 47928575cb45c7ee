package org.openiro.app;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.openiro.access.Role;
import org.openiro.http.errors.Problem;

/**
 * {@code GET /metrics}: everything the service measures, in Prometheus' text format, on the main port. For an
 * administrator's token, or for the scrape token when one is configured ({@code IRO_METRICS_TOKEN}), so that
 * Prometheus need not hold a user's token. The figures name no child, IRO or authority.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class MetricsController {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final byte[] scrapeToken;

    MetricsController(PrometheusMeterRegistry registry, @Value("${iro.metrics.token:}") String scrapeToken) {
        this.registry = registry;
        this.scrapeToken = scrapeToken.isBlank() ? null : scrapeToken.getBytes(StandardCharsets.UTF_8);
    }

    @Get(value = "/metrics", produces = PROMETHEUS_TEXT)
    HttpResponse<?> scrape(HttpRequest<?> request) {
        Optional<Authentication> user = request.getUserPrincipal(Authentication.class);
        boolean admin = user.map(a -> a.getRoles().contains(Role.ADMIN.id())).orElse(false);
        if (!admin && !scrapeTokenGiven(request)) {
            return user.isPresent()
                    ? Problem.of(HttpStatus.FORBIDDEN, "the metrics are for administrators", List.of())
                    : Problem.of(HttpStatus.UNAUTHORIZED, "sign in as an administrator, or send the scrape token",
                            List.of());
        }
        return HttpResponse.ok(registry.scrape()).contentType(PROMETHEUS_TEXT);
    }

    private boolean scrapeTokenGiven(HttpRequest<?> request) {
        String authorization = request.getHeaders().getAuthorization().orElse("");
        if (scrapeToken == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = authorization.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(scrapeToken, given);
    }
}
