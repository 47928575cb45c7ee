package org.openiro.http.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The 401 or 403 Micronaut's security answers when it refuses a request is made after every filter has let go of it,
 * so no response filter sees it: this gives it the same headers as every other answer ({@link SecurityHeaders}) and
 * the request's id. Otherwise it answers exactly as Micronaut does (a redirect where so configured).
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class RefusalHeaders extends DefaultAuthorizationExceptionHandler {

    private final SecurityHeaders headers;

    RefusalHeaders(ErrorResponseProcessor<?> errorResponseProcessor, RedirectConfiguration redirectConfiguration,
                   RedirectService redirectService,
                   List<WwwAuthenticateChallengeProvider<HttpRequest<?>>> challenges,
                   @Nullable PriorToLoginPersistence priorToLoginPersistence, SecurityHeaders headers) {
        super(errorResponseProcessor, redirectConfiguration, redirectService, challenges, priorToLoginPersistence);
        this.headers = headers;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        MutableHttpResponse<?> response = super.handle(request, exception);
        headers.add(request, response);
        response.header(RequestIds.HEADER, RequestIds.ensure(request));
        return response;
    }
}
