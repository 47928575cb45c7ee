package org.openiro.authority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The policies an authority has had, each from the day it took effect. A review is measured under the policy in
 * force when its first meeting took place, so a policy change moves due dates from then on and leaves the figures
 * of reviews already held as they were (domain.md, "History changes").
 *
 * @param versions oldest first; the first has no {@code from}: it has applied since the authority's history began
 */
public record PolicyHistory(List<Version> versions) {

    /** A policy and the day it took effect (null for the first). */
    public record Version(LocalDate from, Policy policy) {
    }

    public PolicyHistory {
        versions = List.copyOf(versions);
        if (versions.isEmpty() || versions.get(0).from() != null) {
            throw new IllegalArgumentException("a policy history starts with a policy that has always applied");
        }
        for (int i = 1; i < versions.size(); i++) {
            LocalDate from = versions.get(i).from();
            if (from == null || (i > 1 && !from.isAfter(versions.get(i - 1).from()))) {
                throw new IllegalArgumentException("later policies take effect in order, each on a day of its own");
            }
        }
    }

    public static PolicyHistory of(Policy policy) {
        return new PolicyHistory(List.of(new Version(null, policy)));
    }

    public Policy current() {
        return versions.get(versions.size() - 1).policy();
    }

    /** The policy that applied on {@code day}; the current one for a day not yet known (null). */
    public Policy inForceOn(LocalDate day) {
        if (day == null) {
            return current();
        }
        for (int i = versions.size() - 1; i > 0; i--) {
            if (!versions.get(i).from().isAfter(day)) {
                return versions.get(i).policy();
            }
        }
        return versions.get(0).policy();
    }

    /** This history with {@code policy} in force from {@code day}; a second change on one day replaces the first. */
    public PolicyHistory changedOn(LocalDate day, Policy policy) {
        if (policy.equals(current())) {
            return this;
        }
        List<Version> changed = new ArrayList<>(versions);
        if (day.equals(changed.get(changed.size() - 1).from())) {
            changed.remove(changed.size() - 1);
            if (changed.get(changed.size() - 1).policy().equals(policy)) {
                return new PolicyHistory(changed);
            }
        }
        changed.add(new Version(day, policy));
        return new PolicyHistory(changed);
    }
}
