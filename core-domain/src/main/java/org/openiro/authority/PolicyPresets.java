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

    /**
     * Unregulated or unregistered placements, in the SSDA903 codes of every year, which county A and unitary C review
     * more often: semi-independent living (H5), independent living (P2) and other placements (Z1) up to 2024/25, and
     * what those placements are coded as from April 2025, when the three codes went: the unregistered children's home,
     * supported accommodation and other placement (Z11–Z13) and independent living (Z14). Supported accommodation
     * registered with Ofsted (K3) is regulated and not among them (docs/decisions.md, issue 18).
     */
    public static final List<String> UNREGULATED_PLACEMENT_TYPES = List.of("H5", "P2", "Z1", "Z11", "Z12", "Z13",
            "Z14");

    private static final Map<String, PolicyOverrides> PRESETS = Map.of(
            "statutory", PolicyOverrides.NONE,
            "county-a", overrides(UNREGULATED_PLACEMENT_TYPES, 3, null, 15, 15, "required", true, "first-after-18",
                    "formal", "six-stage"),
            "borough-b", overrides(null, null, null, null, null, null, null, "all-18-21", "first-raised",
                    "informal-first"),
            "unitary-c", overrides(UNREGULATED_PLACEMENT_TYPES, null, 10, null, null, null, null, null, null,
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
