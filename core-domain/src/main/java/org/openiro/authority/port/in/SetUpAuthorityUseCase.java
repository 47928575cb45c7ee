package org.openiro.authority.port.in;

import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.PolicyOverrides;

/** An administrator sets up an authority, or changes its name, policy or population. */
public interface SetUpAuthorityUseCase {

    record SetUpAuthorityCommand(AuthorityCode code, String name, String preset, PolicyOverrides overrides,
                                 Integer childPopulation) {
    }

    record Result(Authority authority, boolean created) {
    }

    Result setUp(SetUpAuthorityCommand command);
}
