package org.openiro.http.authorities;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.validation.Validated;
import jakarta.validation.Valid;
import org.openiro.access.Action;
import org.openiro.authority.AuthorityCode;
import org.openiro.http.input.Id;
import org.openiro.http.security.Permits;
import org.openiro.authority.port.in.SetUpAuthorityUseCase;
import org.openiro.authority.port.in.SetUpAuthorityUseCase.SetUpAuthorityCommand;
import org.openiro.authority.port.in.ViewAuthorityUseCase;

@Controller("/api/authorities")
@Validated
class AuthoritiesController {

    private final SetUpAuthorityUseCase setUp;
    private final ViewAuthorityUseCase view;
    private final PolicyMapping policies;

    AuthoritiesController(SetUpAuthorityUseCase setUp, ViewAuthorityUseCase view, PolicyMapping policies) {
        this.setUp = setUp;
        this.view = view;
        this.policies = policies;
    }

    @Put("/{authority}")
    @Permits(Action.SET_UP_AUTHORITY)
    HttpResponse<AuthorityView> put(@PathVariable @Id String authority,
                                    @Body @Valid AuthorityBody body) {
        PolicyBody policy = body.policy();
        SetUpAuthorityUseCase.Result result = setUp.setUp(new SetUpAuthorityCommand(AuthorityCode.of(authority),
                body.name(), policy == null ? null : policy.preset(), policy == null ? null : policies.overrides(policy),
                body.childPopulation()));
        return HttpResponse.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(AuthorityView.of(result.authority(), policies));
    }

    @Get("/{authority}")
    @Permits(Action.READ_AUTHORITY)
    AuthorityView get(@PathVariable @Id String authority) {
        return AuthorityView.of(view.view(AuthorityCode.of(authority)), policies);
    }
}
