package org.openiro.authority;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * An English local authority using the service, with the policies it has had: the one it has now, and those it
 * had before, by the day each took effect.
 *
 * @param childPopulation the authority's 0–17 population, for rates per 10,000 children; null when not known
 */
public record Authority(AuthorityCode code, String name, PolicyHistory policies, Integer childPopulation) {
    public Authority {
        if (name == null || name.isBlank()) {
            throw new org.openiro.shared.InvalidInput("name", "must not be blank");
        }
        if (childPopulation != null && childPopulation <= 0) {
            throw new org.openiro.shared.InvalidInput("childPopulation", "must be a positive number of children");
        }
    }

    /** An authority that has only ever had one policy. */
    public Authority(AuthorityCode code, String name, Policy policy, Integer childPopulation) {
        this(code, name, PolicyHistory.of(policy), childPopulation);
    }

    /** The policy in force now. */
    public Policy policy() {
        return policies.current();
    }

    /** The policy in force on {@code day}: what a review held that day is measured under. */
    public Policy policyOn(LocalDate day) {
        return policies.inForceOn(day);
    }

    public OptionalInt population() {
        return childPopulation == null ? OptionalInt.empty() : OptionalInt.of(childPopulation);
    }
}
