package org.openiro.authority;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.openiro.shared.InvalidInput;

/**
 * The policies of domain.md: {@code statutory} (the regulations and the IRO Handbook) and the four seed
 * authorities' variations, each with its escalation ladder.
 */
public final class PolicyPresets {

    private static final List<String> UNREGULATED_UP_TO_2024_25 = List.of("H5", "P2", "Z1");

    private static final Map<String, PolicyOverrides> PRESETS = Map.of(
            "statutory", PolicyOverrides.NONE,
            "county-a", overrides(UNREGULATED_UP_TO_2024_25, 3, null, 15, 15, "required", true, "first-after-18",
                    "formal", "six-stage"),
            "borough-b", overrides(null, null, null, null, null, null, null, "all-18-21", "first-raised",
                    "informal-first"),
            "unitary-c", overrides(UNREGULATED_UP_TO_2024_25, null, 10, null, null, null, null, null, null,
                    "any-stage"),
            "city-d", overrides(null, null, null, 15, 15, null, null, null, null, "two-level"));

    private PolicyPresets() {
    }

    public static Policy policy(String preset, PolicyOverrides overrides) {
        PolicyOverrides presetOverrides = PRESETS.get(preset == null ? "statutory" : preset);
        if (presetOverrides == null) {
            throw new InvalidInput("policy.preset", "unknown preset " + preset + "; one of "
                    + String.join(", ", new TreeSet<>(PRESETS.keySet())));
        }
        Policy named = presetOverrides.applyTo(Policy.statutory()).withPreset(preset == null ? "statutory" : preset);
        return (overrides == null ? PolicyOverrides.NONE : overrides).applyTo(named);
    }

    private static PolicyOverrides overrides(List<String> unregulatedTypes, Integer unregulatedReviewMonths,
            Integer unregulatedVisitWorkingDays, Integer recordDays, Integer letterDays, String midway,
            Boolean driftOpensAlert, String pathwayPlans, String clockStarts, String escalationPreset) {
        return new PolicyOverrides(null, null, null, unregulatedTypes, unregulatedReviewMonths,
                unregulatedVisitWorkingDays, recordDays, letterDays, null, null, null, midway, driftOpensAlert, null,
                pathwayPlans, null, clockStarts, null, escalationPreset, null, null, null, null);
    }
}
