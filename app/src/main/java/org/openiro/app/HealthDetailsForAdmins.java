package org.openiro.app;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.security.authentication.Authentication;
import org.openiro.access.Role;

/**
 * {@code /health} and its probes are open, so that a load balancer can ask without a token; what the service runs on
 * (the database, the broker and its address, the outbox) is for an administrator only. Micronaut shows details to any
 * signed-in caller; this takes them out of the answer for everyone else, leaving the status.
 */
@ServerFilter({"/health", "/health/**"})
class HealthDetailsForAdmins {

    @ResponseFilter
    void strip(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getBody().orElse(null) instanceof HealthResult result && result.getDetails() != null
                && !admin(request)) {
            response.body(HealthResult.builder(null, result.getStatus()).build());
        }
    }

    private static boolean admin(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class)
                .map(user -> user.getRoles().contains(Role.ADMIN.id())).orElse(false);
    }
}
