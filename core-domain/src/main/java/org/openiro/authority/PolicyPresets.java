package org.openiro.authority;

import static org.openiro.authority.PolicyFields.ESCALATION_CLOCK_STARTS;
import static org.openiro.authority.PolicyFields.ESCALATION_LADDER;
import static org.openiro.authority.PolicyFields.LETTER_DEADLINE_WORKING_DAYS;
import static org.openiro.authority.PolicyFields.MIDWAY_DRIFT_OPENS_ALERT;
import static org.openiro.authority.PolicyFields.MIDWAY_REVIEW;
import static org.openiro.authority.PolicyFields.PATHWAY_PLAN_REVIEWS;
import static org.openiro.authority.PolicyFields.RECORD_DEADLINE_WORKING_DAYS;
import static org.openiro.authority.PolicyFields.UNREGULATED_REVIEW_MONTHS;
import static org.openiro.authority.PolicyFields.UNREGULATED_VISIT_WORKING_DAYS;

import java.util.List;
import org.openiro.authority.Policy.ClockStarts;
import org.openiro.authority.Policy.MidwayReview;
import org.openiro.authority.Policy.PathwayPlanReviews;

/**
 * The policies of domain.md: {@code statutory} (the regulations and the IRO Handbook, {@link Policy#statutory()})
 * and the four seed authorities' variations on it, each with its escalation ladder.
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

    /**
     * County A (seed 000): unregulated placements reviewed every 3 months, records and letters in 15 working days, the
     * midway review required and drift at it an alert, the first pathway plan review after 18 chaired, a six-stage
     * ladder.
     */
    public static final PolicyOverrides COUNTY_A = PolicyOverrides.NONE
            .with(PolicyFields.UNREGULATED_PLACEMENT_TYPES, UNREGULATED_PLACEMENT_TYPES)
            .with(UNREGULATED_REVIEW_MONTHS, 3)
            .with(RECORD_DEADLINE_WORKING_DAYS, 15)
            .with(LETTER_DEADLINE_WORKING_DAYS, 15)
            .with(MIDWAY_REVIEW, MidwayReview.REQUIRED)
            .with(MIDWAY_DRIFT_OPENS_ALERT, true)
            .with(PATHWAY_PLAN_REVIEWS, PathwayPlanReviews.FIRST_AFTER_18)
            .with(ESCALATION_CLOCK_STARTS, ClockStarts.FORMAL)
            .with(ESCALATION_LADDER, EscalationLadder.preset(EscalationPreset.SIX_STAGE));

    /** Borough B (seed 002): every pathway plan review to 21 chaired, the clock from an alert's first raising. */
    public static final PolicyOverrides BOROUGH_B = PolicyOverrides.NONE
            .with(PATHWAY_PLAN_REVIEWS, PathwayPlanReviews.ALL_18_TO_21)
            .with(ESCALATION_CLOCK_STARTS, ClockStarts.FIRST_RAISED)
            .with(ESCALATION_LADDER, EscalationLadder.preset(EscalationPreset.INFORMAL_FIRST));

    /** Unitary C (seed 003): a child in an unregulated placement visited within 10 working days of moving. */
    public static final PolicyOverrides UNITARY_C = PolicyOverrides.NONE
            .with(PolicyFields.UNREGULATED_PLACEMENT_TYPES, UNREGULATED_PLACEMENT_TYPES)
            .with(UNREGULATED_VISIT_WORKING_DAYS, 10)
            .with(ESCALATION_LADDER, EscalationLadder.preset(EscalationPreset.ANY_STAGE));

    /** City D (seed 001): records and letters in 15 working days, a two-level ladder. */
    public static final PolicyOverrides CITY_D = PolicyOverrides.NONE
            .with(RECORD_DEADLINE_WORKING_DAYS, 15)
            .with(LETTER_DEADLINE_WORKING_DAYS, 15)
            .with(ESCALATION_LADDER, EscalationLadder.preset(EscalationPreset.TWO_LEVEL));

    private PolicyPresets() {
    }

    /** What a preset changes of the statutory policy. */
    public static PolicyOverrides variations(PolicyPreset preset) {
        return switch (preset) {
            case STATUTORY -> PolicyOverrides.NONE;
            case COUNTY_A -> COUNTY_A;
            case BOROUGH_B -> BOROUGH_B;
            case UNITARY_C -> UNITARY_C;
            case CITY_D -> CITY_D;
        };
    }

    /** The preset's policy, named after it, with the authority's own settings over it. */
    public static Policy policy(PolicyPreset preset, PolicyOverrides overrides) {
        Policy named = variations(preset).applyTo(Policy.statutory()).with(preset);
        return (overrides == null ? PolicyOverrides.NONE : overrides).applyTo(named);
    }

    /** The preset named {@code preset} (as the API names it; statutory when null), with the authority's settings. */
    public static Policy policy(String preset, PolicyOverrides overrides) {
        return policy(PolicyPreset.of(preset), overrides);
    }
}
