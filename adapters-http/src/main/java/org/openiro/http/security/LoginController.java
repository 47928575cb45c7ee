package org.openiro.http.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.Validated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.concurrent.CompletableFuture;

/**
 * {@code POST /api/login}: a local user signs in; {@code POST /api/logout}: the cookie is cleared. Only in the embedded
 * default: the routes do not exist once a production identity provider is configured. The password is checked on the
 * sign-in pool ({@link SignIns}); the answer is a future, so no thread that serves requests waits for it.
 */
@Controller("/api")
@Secured(SecurityRule.IS_ANONYMOUS)
@Validated
@Requires(missingProperty = IdentityProvider.JWKS_URL)
class LoginController {

    private final SignIns signIns;

    LoginController(SignIns signIns) {
        this.signIns = signIns;
    }

    @Serdeable
    record Credentials(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {
    }

    @Serdeable
    record Token(String access_token, String token_type, long expires_in) {
    }

    @Post("/login")
    CompletableFuture<MutableHttpResponse<Token>> login(HttpRequest<?> request, @Body @Valid Credentials body) {
        CompletableFuture<MutableHttpResponse<Token>> answer = new CompletableFuture<>();
        // whenComplete, not thenApply: the refusal reaches the exception handlers as thrown, not wrapped.
        signIns.signInLater(body.username(), body.password(), request).whenComplete((session, refused) -> {
            if (refused != null) {
                answer.completeExceptionally(refused);
            } else {
                answer.complete(HttpResponse.ok(new Token(session.token(), "Bearer", session.lifetime().toSeconds()))
                        .cookie(session.cookie()));
            }
        });
        return answer;
    }

    /**
     * Signs the browser out: the cookie is replaced by an expired, empty one. A token already handed out (a bearer
     * token a script kept) stays valid until it expires; tokens are not recorded anywhere to revoke.
     */
    @Post("/logout")
    HttpResponse<?> logout() {
        return HttpResponse.noContent().cookie(signIns.signedOut());
    }
}
