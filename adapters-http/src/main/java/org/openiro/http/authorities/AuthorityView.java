package org.openiro.http.authorities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.openiro.authority.Authority;

@Serdeable
public record AuthorityView(String code, String name, PolicyBody policy, @Nullable Integer childPopulation) {

    static AuthorityView of(Authority a) {
        return new AuthorityView(a.code().value(), a.name(), PolicyBody.of(a.policy()), a.childPopulation());
    }
}
