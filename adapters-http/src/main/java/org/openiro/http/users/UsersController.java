package org.openiro.http.users;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.Validated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openiro.access.Action;
import org.openiro.access.LocalUser;
import org.openiro.access.Role;
import org.openiro.access.port.in.AddLocalUserUseCase;
import org.openiro.access.port.in.AddLocalUserUseCase.AddLocalUserCommand;
import org.openiro.authority.AuthorityCode;
import org.openiro.http.input.Code;
import org.openiro.http.input.Id;
import org.openiro.http.security.Callers;
import org.openiro.http.security.Permits;
import org.openiro.shared.FieldError;
import org.openiro.shared.InvalidInput;

/** Local users of an authority: the embedded default only, never beside a production identity provider. */
@Controller("/api/authorities/{authority}/users")
@Validated
@Requires(missingProperty = "micronaut.security.token.jwt.signatures.jwks.idp.url")
class UsersController {

    private final AddLocalUserUseCase addUser;
    private final Callers callers;

    UsersController(AddLocalUserUseCase addUser, Callers callers) {
        this.addUser = addUser;
        this.callers = callers;
    }

    @Serdeable
    record UserBody(@NotBlank String password, @NotEmpty @Size(max = 10) List<@NotBlank @Code String> roles,
                    @Nullable @Id String iroId, @Nullable @Id String socialWorkerId) {
    }

    /** The user as stored: never the password or its hash. */
    @Serdeable
    record UserView(String username, List<String> roles, List<String> authorities, @Nullable String iroId,
                    @Nullable String socialWorkerId) {
    }

    @Put("/{username}")
    @Permits(Action.MANAGE_USERS)
    HttpResponse<UserView> put(@PathVariable @Id String authority,
                               @PathVariable @Pattern(regexp = LocalUser.USERNAME,
                                       message = "must be 1 to 64 letters, digits, '.', '_', '@' or '-'") String username,
                               @Body @Valid UserBody body, Authentication authentication) {
        Set<Role> roles = body.roles().stream().map(id -> Role.of(id).orElseThrow(() -> new InvalidInput(
                List.of(new FieldError("roles", "unknown role " + id
                        + "; one of admin, manager, iro, social-worker, viewer")))))
                .collect(Collectors.toSet());
        boolean created = addUser.add(new AddLocalUserCommand(callers.of(authentication), AuthorityCode.of(authority),
                username, body.password(), roles, body.iroId(), body.socialWorkerId()));
        return HttpResponse.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(new UserView(username,
                roles.stream().map(Role::id).sorted().toList(), List.of(authority), body.iroId(),
                body.socialWorkerId()));
    }
}
