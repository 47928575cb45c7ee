package org.openiro.http.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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

/**
 * {@code POST /api/login}: a local user signs in. Only in the embedded default: the route does not exist once a
 * production identity provider is configured.
 */
@Controller("/api/login")
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

    @Post
    HttpResponse<Token> login(HttpRequest<?> request, @Body @Valid Credentials body) {
        SignIns.SignedIn session = signIns.signIn(body.username(), body.password(), request);
        return HttpResponse.ok(new Token(session.token(), "Bearer", session.lifetime().toSeconds()))
                .cookie(session.cookie());
    }
}
