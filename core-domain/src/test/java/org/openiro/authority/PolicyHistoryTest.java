package org.openiro.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PolicyHistoryTest {

    private static final Policy STATUTORY = Policy.statutory();
    private static final Policy COUNTY_A = PolicyPresets.policy("county-a", null);
    private static final Policy CITY_D = PolicyPresets.policy("city-d", null);
    private static final LocalDate SEPTEMBER = LocalDate.of(2023, 9, 1);

    @Test
    void the_policy_in_force_on_a_day_is_the_last_to_take_effect_by_then() {
        PolicyHistory history = PolicyHistory.of(STATUTORY).changedOn(SEPTEMBER, COUNTY_A);

        assertThat(history.inForceOn(LocalDate.of(2001, 1, 1))).as("the first applies since ever").isEqualTo(STATUTORY);
        assertThat(history.inForceOn(SEPTEMBER.minusDays(1))).isEqualTo(STATUTORY);
        assertThat(history.inForceOn(SEPTEMBER)).isEqualTo(COUNTY_A);
        assertThat(history.inForceOn(null)).as("a day not yet known: now").isEqualTo(COUNTY_A);
        assertThat(history.current()).isEqualTo(COUNTY_A);
    }

    @Test
    void the_same_policy_again_is_no_change() {
        PolicyHistory history = PolicyHistory.of(STATUTORY);

        assertThat(history.changedOn(SEPTEMBER, STATUTORY)).isSameAs(history);
    }

    @Test
    void a_second_change_on_one_day_replaces_the_first_and_changing_back_undoes_it() {
        PolicyHistory history = PolicyHistory.of(STATUTORY).changedOn(SEPTEMBER, COUNTY_A);

        assertThat(history.changedOn(SEPTEMBER, CITY_D).versions()).extracting(PolicyHistory.Version::policy)
                .containsExactly(STATUTORY, CITY_D);
        assertThat(history.changedOn(SEPTEMBER, STATUTORY).versions()).hasSize(1);
        assertThat(history.changedOn(SEPTEMBER.plusDays(1), CITY_D).versions()).hasSize(3);
    }

    @Test
    void only_the_rules_of_review_timing_decide_whether_due_dates_move() {
        assertThat(STATUTORY.timesReviewsAs(PolicyPresets.policy("statutory", null))).isTrue();
        assertThat(STATUTORY.timesReviewsAs(COUNTY_A)).as("county A reviews unregulated placements every 3 months")
                .isFalse();
    }
}
