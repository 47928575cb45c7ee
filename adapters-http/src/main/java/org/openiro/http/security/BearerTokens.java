package org.openiro.http.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.TokenValidatedEvent;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import io.micronaut.security.token.reader.TokenResolver;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.util.List;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * Who a request's token names: Micronaut's own fetcher, step for step (the tokens the readers find, each given to the
 * validators in turn, the first that validates wins and is kept on the request), without the
 * {@link TokenValidatedEvent} it publishes for every request. Building that event resolved the server's host (the
 * request's proxy headers parsed) and the caller's locale, on every API call, for listeners the service does not have
 * (issue 23: a few per cent of a review's CPU). Every token is validated exactly as before: signature, expiry,
 * not-before; a caller refused before is refused now. Should a listener of {@code TokenValidatedEvent} ever be wanted,
 * remove this class.
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
class BearerTokens extends TokenAuthenticationFetcher {

    private final List<TokenValidator<HttpRequest<?>>> validators;
    private final TokenResolver<HttpRequest<?>> resolver;

    BearerTokens(List<TokenValidator<HttpRequest<?>>> validators, TokenResolver<HttpRequest<?>> resolver,
                 ApplicationEventPublisher<TokenValidatedEvent> events) {
        super(validators, resolver, events);
        this.validators = validators;
        this.resolver = resolver;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        List<String> tokens = resolver.resolveTokens(request);
        if (tokens == null || tokens.isEmpty()) {
            return Flux.empty();
        }
        return Flux.fromIterable(tokens).flatMap(token -> Flux.fromIterable(validators)
                .flatMap(validator -> validator.validateToken(token, request))
                .next()
                .map(authentication -> {
                    request.setAttribute(SecurityFilter.TOKEN, token);
                    return authentication;
                }));
    }
}
