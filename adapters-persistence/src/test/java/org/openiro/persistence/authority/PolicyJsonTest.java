package org.openiro.persistence.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openiro.authority.PolicyFields.*;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiro.authority.EscalationLadder;
import org.openiro.authority.LadderStage;
import org.openiro.authority.Policy;
import org.openiro.authority.PolicyOverrides;
import org.openiro.authority.PolicyPresets;

/**
 * The stored policy keeps the shape it had before the policy was typed (issue 20 item 3): the file beside this test
 * was written by the old {@code PolicyJson} (the domain's records serialised as they were), for the five presets and a
 * policy that sets every setting; the new one writes exactly those texts and reads them back to the same policies.
 */
class PolicyJsonTest {

    private static final Argument<Map<String, Object>> SETTINGS = Argument.mapOf(String.class, Object.class);

    private static ApplicationContext context;
    private static PolicyJson json;
    private static JsonMapper mapper;

    @BeforeAll
    static void start() {
        context = ApplicationContext.run(Map.of("micronaut.serde.serialization.inclusion", "ALWAYS"));
        json = context.getBean(PolicyJson.class);
        mapper = context.getBean(JsonMapper.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    /** The policies the file was written from, in its order. */
    static List<Policy> policies() {
        Policy everySetting = PolicyPresets.policy("borough-b", PolicyOverrides.NONE
                .with(FIRST_REVIEW_WORKING_DAYS, 15).with(SECOND_REVIEW_MONTHS, 2).with(LATER_REVIEW_MONTHS, 5)
                .with(UNREGULATED_PLACEMENT_TYPES, List.of("Z1")).with(UNREGULATED_REVIEW_MONTHS, 2)
                .with(UNREGULATED_VISIT_WORKING_DAYS, 7).with(RECORD_DEADLINE_WORKING_DAYS, 10)
                .with(LETTER_DEADLINE_WORKING_DAYS, 11).with(RECOMMENDATIONS_DEADLINE_WORKING_DAYS, 4)
                .with(SOCIAL_WORK_REPORT_LEAD_WORKING_DAYS, 0).with(REVIEW_DUE_SOON_WORKING_DAYS, 12)
                .with(MIDWAY_REVIEW, Policy.MidwayReview.REQUIRED).with(MIDWAY_DRIFT_OPENS_ALERT, true)
                .with(CASELOAD_BAND, new Policy.CaseloadBand(40, 60))
                .with(PATHWAY_PLAN_REVIEWS, Policy.PathwayPlanReviews.FIRST_AFTER_18)
                .with(ONLINE_ATTENDANCE_COUNTS, false).with(ESCALATION_CLOCK_STARTS, Policy.ClockStarts.FORMAL)
                .with(ESCALATION_LIMIT_WORKING_DAYS, 30)
                .with(ESCALATION_LADDER, EscalationLadder.custom(List.of(new LadderStage("stage-1", "team-manager", 3),
                        new LadderStage("stage-2", "partner-agency", 7))))
                .with(ALERT_REASONS, List.of(new Policy.AlertReason("late", "Late")))
                .with(ADVOCACY_PROVIDERS, List.of(new Policy.AdvocacyProvider("p1", "Provider One", 90),
                        new Policy.AdvocacyProvider("p2", "Two", null)))
                .with(TARGETS, new Policy.Targets(0.95, null, 0.9)));
        return List.of(PolicyPresets.policy("statutory", null), PolicyPresets.policy("county-a", null),
                PolicyPresets.policy("borough-b", null), PolicyPresets.policy("unitary-c", null),
                PolicyPresets.policy("city-d", null), everySetting);
    }

    private static List<String> before() throws IOException {
        try (InputStream in = PolicyJsonTest.class.getResourceAsStream("/policy-json-before-issue-20.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void a_policy_is_stored_exactly_as_before_the_policy_was_typed() throws IOException {
        List<String> before = before();
        List<Policy> policies = policies();
        for (int i = 0; i < before.size(); i++) {
            assertThat(lessSettingsAddedSince(json.write(policies.get(i)), before.get(i))).isEqualTo(before.get(i));
        }
    }

    /**
     * The text written, as it is while it has the settings the file has; with any setting added since taken out (a
     * new setting is a new key, and changes nothing else), so that this test guards the shape, not the list.
     */
    private static String lessSettingsAddedSince(String written, String before) throws IOException {
        Map<String, Object> now = mapper.readValue(written, SETTINGS);
        Map<String, Object> then = mapper.readValue(before, SETTINGS);
        if (now.keySet().equals(then.keySet())) {
            return written;
        }
        now.keySet().retainAll(then.keySet());
        return mapper.writeValueAsString(now);
    }

    @Test
    void a_policy_stored_before_reads_back_as_the_same_policy() throws IOException {
        assertThat(before().stream().map(json::read).toList()).containsExactlyElementsOf(policies());
    }

    @Test
    void a_policy_stored_before_a_setting_existed_reads_with_the_statutory_setting() throws IOException {
        String stored = before().get(5);
        String withoutLead = stored.replace("\"socialWorkReportLeadWorkingDays\":0,", "");
        assertThat(withoutLead).isNotEqualTo(stored);
        assertThat(json.read(withoutLead)).isEqualTo(SOCIAL_WORK_REPORT_LEAD_WORKING_DAYS.set(policies().get(5), 3));
    }
}
