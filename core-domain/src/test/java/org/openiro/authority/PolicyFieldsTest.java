package org.openiro.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openiro.authority.PolicyFields.*;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openiro.authority.Policy.ClockStarts;
import org.openiro.authority.Policy.MidwayReview;
import org.openiro.authority.Policy.PathwayPlanReviews;
import org.openiro.shared.FieldError;
import org.openiro.shared.InvalidInput;

/**
 * The table of settings is the whole policy: every setting of the records is in it once, each sets only itself,
 * and a policy written by it (stored, or as the API has it) reads back the same.
 */
class PolicyFieldsTest {

    /** The concerns that group several settings; every other component of Policy is one setting. */
    private static final Set<Class<?>> GROUPS = Set.of(Policy.ReviewTiming.class, Policy.Deadlines.class,
            Policy.UnregulatedPlacements.class, Policy.Midway.class, Policy.Escalation.class);

    /** A policy whose every setting differs from the statutory one. */
    static final Policy EVERY_SETTING = PolicyPresets.policy(PolicyPreset.BOROUGH_B, PolicyOverrides.NONE
            .with(FIRST_REVIEW_WORKING_DAYS, 15).with(SECOND_REVIEW_MONTHS, 2).with(LATER_REVIEW_MONTHS, 5)
            .with(UNREGULATED_PLACEMENT_TYPES, List.of("Z1")).with(UNREGULATED_REVIEW_MONTHS, 2)
            .with(UNREGULATED_VISIT_WORKING_DAYS, 7).with(RECORD_DEADLINE_WORKING_DAYS, 10)
            .with(LETTER_DEADLINE_WORKING_DAYS, 11).with(RECOMMENDATIONS_DEADLINE_WORKING_DAYS, 4)
            .with(SOCIAL_WORK_REPORT_LEAD_WORKING_DAYS, 0).with(REVIEW_DUE_SOON_WORKING_DAYS, 12)
            .with(MIDWAY_REVIEW, MidwayReview.REQUIRED).with(MIDWAY_DRIFT_OPENS_ALERT, true)
            .with(CASELOAD_BAND, new Policy.CaseloadBand(40, 60))
            .with(PATHWAY_PLAN_REVIEWS, PathwayPlanReviews.FIRST_AFTER_18)
            .with(ONLINE_ATTENDANCE_COUNTS, false).with(ESCALATION_CLOCK_STARTS, ClockStarts.FIRST_RAISED)
            .with(ESCALATION_LIMIT_WORKING_DAYS, 30)
            .with(ESCALATION_LADDER, EscalationLadder.custom(List.of(new LadderStage("stage-1", Role.TEAM_MANAGER, 3),
                    new LadderStage("stage-2", Role.PARTNER_AGENCY, 7))))
            .with(ALERT_REASONS, List.of(new Policy.AlertReason("late", "Late")))
            .with(ADVOCACY_PROVIDERS, List.of(new Policy.AdvocacyProvider("p1", "Provider One", 90)))
            .with(TARGETS, new Policy.Targets(0.95, null, 0.9)));

    @Test
    void every_setting_of_the_policys_records_is_in_the_table_once() {
        int settings = 0;
        for (RecordComponent component : Policy.class.getRecordComponents()) {
            settings += GROUPS.contains(component.getType()) ? component.getType().getRecordComponents().length : 1;
        }
        assertThat(PolicyFields.ALL).hasSize(settings);
        assertThat(PolicyFields.ALL.stream().map(Field::name).distinct()).hasSize(settings);
    }

    @Test
    void each_setting_sets_itself_and_nothing_else() {
        Policy statutory = Policy.statutory();
        for (Field<?> field : PolicyFields.ALL) {
            Policy changed = copy(field, EVERY_SETTING, statutory);
            assertThat(field.of(changed)).as(field.name()).isEqualTo(field.of(EVERY_SETTING))
                    .isNotEqualTo(field.of(statutory));
            for (Field<?> other : PolicyFields.ALL) {
                if (other != field) {
                    assertThat(other.of(changed)).as(field.name() + " leaves " + other.name())
                            .isEqualTo(other.of(statutory));
                }
            }
        }
    }

    private static <T> Policy copy(Field<T> field, Policy from, Policy to) {
        return field.set(to, field.of(from));
    }

    @Test
    void a_policy_written_as_stored_reads_back_the_same() {
        for (PolicyPreset preset : PolicyPreset.values()) {
            Policy policy = PolicyPresets.policy(preset, null);
            assertThat(PolicyFields.read(PolicyFields.write(policy))).isEqualTo(policy);
        }
        assertThat(PolicyFields.read(PolicyFields.write(EVERY_SETTING))).isEqualTo(EVERY_SETTING);
        assertThat(PolicyFields.write(EVERY_SETTING).keySet()).containsExactlyElementsOf(
                PolicyFields.ALL.stream().map(Field::name).toList());
    }

    @Test
    void a_setting_missing_from_a_stored_policy_is_the_statutory_one_and_a_null_one_is_judged_as_null() {
        Map<String, Object> stored = new java.util.LinkedHashMap<>(PolicyFields.write(EVERY_SETTING));
        stored.remove("socialWorkReportLeadWorkingDays");
        stored.remove("onlineAttendanceCounts");
        assertThat(PolicyFields.read(stored)).isEqualTo(ONLINE_ATTENDANCE_COUNTS.set(
                SOCIAL_WORK_REPORT_LEAD_WORKING_DAYS.set(EVERY_SETTING, 3), true));

        stored.put("unregulatedReviewMonths", null);
        assertThat(UNREGULATED_REVIEW_MONTHS.of(PolicyFields.read(stored))).isNull();
        stored.put("reviewDueSoonWorkingDays", null);
        assertThatThrownBy(() -> PolicyFields.read(stored)).isInstanceOf(InvalidInput.class)
                .hasMessage("must be between 1 and 60");
    }

    @Test
    void the_api_writes_the_ladder_as_its_preset_and_stages_and_its_overrides_read_back_the_same_policy() {
        Map<String, Object> api = PolicyFields.writeForApi(EVERY_SETTING);
        assertThat(api.keySet()).startsWith("preset", "escalationPreset", "firstReviewWorkingDays");
        assertThat(api.get("escalationPreset")).isEqualTo("custom");
        assertThat(api.get("escalationLadder")).isEqualTo(List.of(
                Map.of("id", "stage-1", "respondentRole", "team-manager", "workingDays", 3),
                Map.of("id", "stage-2", "respondentRole", "partner-agency", "workingDays", 7)));
        assertThat(api.get("pathwayPlanReviews")).isEqualTo("first-after-18");

        assertThat(PolicyPresets.policy((String) api.get("preset"), PolicyOverrides.read(api)))
                .isEqualTo(EVERY_SETTING);
    }

    @Test
    void an_escalation_preset_given_alone_chooses_the_ladder_and_a_ladder_of_stages_wins_over_it() {
        Map<String, Object> api = new HashMap<>();
        api.put("escalationPreset", "two-level");
        assertThat(ESCALATION_LADDER.of(PolicyPresets.policy("statutory", PolicyOverrides.read(api))))
                .isEqualTo(EscalationLadder.preset(EscalationPreset.TWO_LEVEL));
        api.put("escalationLadder", List.of(Map.of("id", "stage-1", "respondentRole", "director", "workingDays", 9)));
        assertThat(ESCALATION_LADDER.of(PolicyPresets.policy("statutory", PolicyOverrides.read(api))))
                .isEqualTo(EscalationLadder.custom(List.of(new LadderStage("stage-1", Role.DIRECTOR, 9))));
    }

    @Test
    void a_setting_that_is_a_word_is_refused_by_its_name_listing_the_words_it_may_be() {
        assertRefused(Map.of("midwayReview", "sometimes"), "policy.midwayReview", "must be one of encouraged, required");
        assertRefused(Map.of("pathwayPlanReviews", "all"), "policy.pathwayPlanReviews",
                "must be one of all-18-21, first-after-18, none");
        assertRefused(Map.of("escalationClockStarts", "never"), "policy.escalationClockStarts",
                "must be one of first-raised, formal");
        assertRefused(Map.of("escalationPreset", "custom"), "policy.escalationPreset",
                "unknown escalation preset custom; one of any-stage, informal-first, six-stage, statutory, two-level");
        assertRefused(Map.of("escalationLadder", List.of(Map.of("id", "stage-1", "respondentRole", "mayor",
                "workingDays", 5))), "policy.escalationLadder.respondentRole", "unknown role mayor");
        assertThatThrownBy(() -> PolicyPresets.policy("lenient", null)).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).errors()).isEqualTo(List.of(new FieldError("policy.preset",
                        "unknown preset lenient; one of borough-b, city-d, county-a, statutory, unitary-c")));
    }

    @Test
    void a_number_out_of_its_range_is_refused_by_the_settings_name() {
        assertRefused(Map.of("firstReviewWorkingDays", 21), "policy.firstReviewWorkingDays",
                "must be between 1 and 20, the regulations' maximum (CPPCR 2010 reg 33(1)): a policy may review sooner,"
                        + " never later");
        assertRefused(Map.of("escalationLimitWorkingDays", 0), "policy.escalationLimitWorkingDays",
                "must be between 1 and 120");
        assertRefused(Map.of("alertReasons", List.of()), "policy.alertReasons",
                "an authority needs at least one alert reason");
    }

    private static void assertRefused(Map<String, Object> api, String field, String message) {
        assertThatThrownBy(() -> PolicyPresets.policy("statutory", PolicyOverrides.read(api)))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).errors()).isEqualTo(List.of(new FieldError(field, message)));
    }

    @Test
    void the_presets_are_domain_mds_table() {
        Policy countyA = PolicyPresets.policy("county-a", null);
        assertThat(UNREGULATED_PLACEMENT_TYPES.of(countyA)).containsExactly("H5", "P2", "Z1", "Z11", "Z12", "Z13", "Z14");
        assertThat(UNREGULATED_REVIEW_MONTHS.of(countyA)).isEqualTo(3);
        assertThat(UNREGULATED_VISIT_WORKING_DAYS.of(countyA)).isNull();
        assertThat(RECORD_DEADLINE_WORKING_DAYS.of(countyA)).isEqualTo(15);
        assertThat(LETTER_DEADLINE_WORKING_DAYS.of(countyA)).isEqualTo(15);
        assertThat(MIDWAY_REVIEW.of(countyA)).isEqualTo(MidwayReview.REQUIRED);
        assertThat(MIDWAY_DRIFT_OPENS_ALERT.of(countyA)).isTrue();
        assertThat(PATHWAY_PLAN_REVIEWS.of(countyA)).isEqualTo(PathwayPlanReviews.FIRST_AFTER_18);
        assertThat(ESCALATION_LADDER.of(countyA).preset()).isEqualTo(EscalationPreset.SIX_STAGE);

        Policy boroughB = PolicyPresets.policy("borough-b", null);
        assertThat(PATHWAY_PLAN_REVIEWS.of(boroughB)).isEqualTo(PathwayPlanReviews.ALL_18_TO_21);
        assertThat(ESCALATION_CLOCK_STARTS.of(boroughB)).isEqualTo(ClockStarts.FIRST_RAISED);
        assertThat(ESCALATION_LADDER.of(boroughB).preset()).isEqualTo(EscalationPreset.INFORMAL_FIRST);

        Policy unitaryC = PolicyPresets.policy("unitary-c", null);
        assertThat(UNREGULATED_PLACEMENT_TYPES.of(unitaryC)).isEqualTo(UNREGULATED_PLACEMENT_TYPES.of(countyA));
        assertThat(UNREGULATED_VISIT_WORKING_DAYS.of(unitaryC)).isEqualTo(10);
        assertThat(UNREGULATED_REVIEW_MONTHS.of(unitaryC)).isNull();
        assertThat(ESCALATION_LADDER.of(unitaryC).preset()).isEqualTo(EscalationPreset.ANY_STAGE);

        Policy cityD = PolicyPresets.policy("city-d", null);
        assertThat(RECORD_DEADLINE_WORKING_DAYS.of(cityD)).isEqualTo(15);
        assertThat(LETTER_DEADLINE_WORKING_DAYS.of(cityD)).isEqualTo(15);
        assertThat(ESCALATION_LADDER.of(cityD).preset()).isEqualTo(EscalationPreset.TWO_LEVEL);

        for (PolicyPreset preset : PolicyPreset.values()) {
            assertThat(PolicyPresets.policy(preset.word(), null).preset()).isEqualTo(preset);
        }
        assertThat(PolicyPresets.policy((String) null, null)).isEqualTo(Policy.statutory());
    }
}
