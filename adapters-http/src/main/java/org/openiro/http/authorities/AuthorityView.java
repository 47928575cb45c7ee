package org.openiro.http.authorities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.openiro.authority.Authority;

@Serdeable
public record AuthorityView(String code, String name, PolicyBody policy, @Nullable Integer childPopulation) {

    static AuthorityView of(Authority a, PolicyMapping policies) {
        return new AuthorityView(a.code().value(), a.name(), policies.body(a.policy()), a.childPopulation());
    }
}
