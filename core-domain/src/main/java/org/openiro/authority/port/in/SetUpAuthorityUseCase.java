package org.openiro.authority.port.in;

import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.PolicyOverrides;

/** An administrator sets up an authority, or changes its name, policy or population. */
public interface SetUpAuthorityUseCase {

    /**
     * The authority's code, its name, the policy preset it starts from (null for statutory) with its own overrides, and
     * its 0–17 population for rates per 10,000 (null when not known). Sent again, it replaces what is stored.
     */
    record SetUpAuthorityCommand(AuthorityCode code, String name, String preset, PolicyOverrides overrides,
                                 Integer childPopulation) {
    }

    /** The authority as stored, and whether it was new. */
    record Result(Authority authority, boolean created) {
    }

    /**
     * Creates the authority or replaces what it records; a policy that times reviews differently moves every child's
     * next review in the same unit of work.
     */
    Result setUp(SetUpAuthorityCommand command);
}
