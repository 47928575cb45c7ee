package org.openiro.authority;

import java.util.OptionalInt;

/**
 * An English local authority using the service, with the policy it chose when it was set up.
 *
 * @param childPopulation the authority's 0–17 population, for rates per 10,000 children; null when not known
 */
public record Authority(AuthorityCode code, String name, Policy policy, Integer childPopulation) {
    public Authority {
        if (name == null || name.isBlank()) {
            throw new org.openiro.shared.InvalidInput("name", "must not be blank");
        }
        if (childPopulation != null && childPopulation <= 0) {
            throw new org.openiro.shared.InvalidInput("childPopulation", "must be a positive number of children");
        }
    }

    public OptionalInt population() {
        return childPopulation == null ? OptionalInt.empty() : OptionalInt.of(childPopulation);
    }
}
