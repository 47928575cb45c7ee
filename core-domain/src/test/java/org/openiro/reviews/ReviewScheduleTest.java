package org.openiro.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openiro.reviews.History.child;
import static org.openiro.reviews.History.d;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openiro.authority.PolicyOverrides;
import org.openiro.authority.PolicyPresets;
import org.openiro.children.LegalStatus;

/** The review timetable of domain.md, "Review timing", one named case per rule. */
class ReviewScheduleTest {

    @Nested
    class FirstReview {

        @Test
        void is_due_on_the_20th_working_day_after_care_starts() {
            NextReview next = child().lookedAfterFrom("2023-04-28").next();

            assertThat(next.dueDate()).as("1, 8 and 29 May 2023 are bank holidays").isEqualTo(d("2023-05-31"));
            assertThat(next.sequence()).isEqualTo(1);
            assertThat(next.basis()).isEqualTo(ReviewBasis.CARE_START);
        }

        @Test
        void christmas_and_new_year_push_it_into_january() {
            assertThat(child().lookedAfterFrom("2023-12-15").next().dueDate()).isEqualTo(d("2024-01-17"));
        }

        @Test
        void a_substitute_bank_holiday_is_not_a_working_day() {
            // 27 and 28 December 2021 replaced Christmas Day and Boxing Day, which fell at the weekend.
            assertThat(child().lookedAfterFrom("2021-12-20").next().dueDate()).isEqualTo(d("2022-01-20"));
        }

        @Test
        void held_on_its_due_date_is_in_timescale_and_the_day_after_is_not() {
            assertThat(child().lookedAfterFrom("2023-04-28").reviewedOn("2023-05-31").review(1).inTimescale()).isTrue();
            assertThat(child().lookedAfterFrom("2023-04-28").reviewedOn("2023-06-01").review(1).inTimescale()).isFalse();
        }

        @Test
        void a_child_not_looked_after_has_no_review_due() {
            assertThat(child().schedule().next()).isEmpty();
            assertThat(child().lookedAfterFrom("2023-04-28").ceasedOn("2023-05-10").schedule().next()).isEmpty();
        }
    }

    @Nested
    class SecondAndLaterReviews {

        @Test
        void the_second_is_due_three_calendar_months_after_the_first() {
            NextReview next = child().lookedAfterFrom("2023-04-28").reviewedOn("2023-05-25").next();

            assertThat(next.dueDate()).isEqualTo(d("2023-08-25"));
            assertThat(next.sequence()).isEqualTo(2);
            assertThat(next.basis()).isEqualTo(ReviewBasis.AFTER_REVIEW);
        }

        @Test
        void later_ones_are_due_six_months_after_the_one_before() {
            NextReview next = child().lookedAfterFrom("2023-04-28").reviewedOn("2023-05-25").reviewedOn("2023-08-20")
                    .reviewedOn("2024-02-10").next();

            assertThat(next.dueDate()).isEqualTo(d("2024-08-10"));
            assertThat(next.sequence()).as("third and later are all 3").isEqualTo(3);
        }

        @Test
        void a_month_end_is_clamped_to_the_shorter_month() {
            History history = child().lookedAfterFrom("2023-01-04").reviewedOn("2023-01-31");
            assertThat(history.next().dueDate()).as("31 January + 3 months").isEqualTo(d("2023-04-30"));
            assertThat(history.reviewedOn("2023-08-31").next().dueDate()).as("31 August + 6 months")
                    .isEqualTo(d("2024-02-29"));
        }

        @Test
        void in_a_year_that_is_not_a_leap_year_february_ends_on_the_28th() {
            assertThat(child().lookedAfterFrom("2022-07-04").reviewedOn("2022-07-29").reviewedOn("2022-08-31")
                    .next().dueDate()).isEqualTo(d("2023-02-28"));
        }

        @Test
        void a_review_held_early_restarts_the_cycle_from_when_it_was_held() {
            History history = child().lookedAfterFrom("2023-04-28").reviewedOn("2023-05-25").reviewedOn("2023-06-15");

            assertThat(history.review(2).dueDate()).isEqualTo(d("2023-08-25"));
            assertThat(history.review(2).inTimescale()).isTrue();
            assertThat(history.next().dueDate()).isEqualTo(d("2023-12-15"));
        }

        @Test
        void each_review_is_measured_against_the_due_date_it_was_held_for() {
            History history = child().lookedAfterFrom("2023-04-28").reviewedOn("2023-06-02").reviewedOn("2023-09-01");

            assertThat(history.review(1).dueDate()).isEqualTo(d("2023-05-31"));
            assertThat(history.review(1).inTimescale()).isFalse();
            assertThat(history.review(1).sequence()).isEqualTo(1);
            assertThat(history.review(2).dueDate()).isEqualTo(d("2023-09-02"));
            assertThat(history.review(2).inTimescale()).isTrue();
            assertThat(history.review(2).sequence()).isEqualTo(2);
        }
    }

    @Nested
    class PeriodsOfCare {

        @Test
        void a_child_entering_care_twice_starts_again_at_a_first_review() {
            History history = child().lookedAfterFrom("2022-01-10").reviewedOn("2022-02-01").reviewedOn("2022-04-20")
                    .ceasedOn("2022-06-30").lookedAfterFrom("2023-03-01").reviewedOn("2023-03-20");

            assertThat(history.review(3).sequence()).isEqualTo(1);
            assertThat(history.review(3).basis()).isEqualTo(ReviewBasis.CARE_START);
            assertThat(history.review(3).dueDate()).isEqualTo(d("2023-03-29"));
            assertThat(history.next().sequence()).isEqualTo(2);
            assertThat(history.next().dueDate()).isEqualTo(d("2023-06-20"));
        }

        @Test
        void a_child_on_short_breaks_only_is_reviewed_within_three_months_then_six_monthly() {
            History history = child().lookedAfterFrom("2024-01-15", LegalStatus.V3, "U4");
            assertThat(history.next().dueDate()).isEqualTo(d("2024-04-15"));
            assertThat(history.next().basis()).isEqualTo(ReviewBasis.SHORT_BREAKS);

            assertThat(history.reviewedOn("2024-04-10").next().dueDate()).isEqualTo(d("2024-10-10"));
        }
    }

    @Nested
    class SeriesOfMeetings {

        @Test
        void the_first_meeting_decides_timeliness_and_the_last_starts_the_next_cycle() {
            History history = child().lookedAfterFrom("2023-04-28").reviewedOn("2023-05-30", "2023-06-12");

            assertThat(history.review(1).inTimescale()).isTrue();
            assertThat(history.next().dueDate()).isEqualTo(d("2023-09-12"));
        }

        @Test
        void a_series_spanning_christmas_counts_only_working_days() {
            // The 20th working day after Mon 11 Dec 2023, across Christmas, Boxing Day and New Year's Day, is Thu 11 Jan.
            History inTime = child().lookedAfterFrom("2023-11-20").reviewedOn("2023-12-11", "2024-01-11");
            History tooLong = child().lookedAfterFrom("2023-11-20").reviewedOn("2023-12-11", "2024-01-12");

            assertThat(inTime.review(1).inTimescale()).isTrue();
            assertThat(tooLong.review(1).inTimescale()).as("recorded as it happened, but out of timescale").isFalse();
        }

        @Test
        void an_open_series_is_not_a_review_held_yet() {
            History history = child().lookedAfterFrom("2023-04-28").seriesStillOpen("2023-05-30");

            assertThat(history.schedule().timingOf("R1")).isEmpty();
            assertThat(history.next().dueDate()).isEqualTo(d("2023-05-31"));
            assertThat(history.next().sequence()).isEqualTo(1);
        }
    }

    @Nested
    class BroughtForward {

        @Test
        void an_iro_direction_brings_the_next_review_forward() {
            NextReview next = child().lookedAfterFrom("2023-04-28").reviewedOn("2023-05-25")
                    .directedOn("2023-06-01", "2023-06-20").next();

            assertThat(next.dueDate()).isEqualTo(d("2023-06-20"));
            assertThat(next.basis()).isEqualTo(ReviewBasis.BROUGHT_FORWARD);
            assertThat(next.sequence()).isEqualTo(2);
        }

        @Test
        void a_direction_applies_to_the_next_review_only() {
            History history = child().lookedAfterFrom("2023-04-28").reviewedOn("2023-05-25")
                    .directedOn("2023-06-01", "2023-06-20").reviewedOn("2023-06-19");

            assertThat(history.review(2).dueDate()).isEqualTo(d("2023-06-20"));
            assertThat(history.next().dueDate()).isEqualTo(d("2023-12-19"));
            assertThat(history.next().basis()).isEqualTo(ReviewBasis.AFTER_REVIEW);
        }

        @Test
        void a_direction_met_by_the_review_held_that_day_does_not_carry_over() {
            NextReview next = child().lookedAfterFrom("2023-04-28").reviewedOn("2023-05-25")
                    .directedOn("2023-07-10", "2023-07-10").reviewedOn("2023-07-10").next();

            assertThat(next.dueDate()).isEqualTo(d("2024-01-10"));
            assertThat(next.basis()).isEqualTo(ReviewBasis.AFTER_REVIEW);
        }

        @Test
        void a_later_date_than_due_changes_nothing() {
            NextReview next = child().lookedAfterFrom("2023-04-28").directedOn("2023-05-02", "2023-06-30").next();

            assertThat(next.dueDate()).isEqualTo(d("2023-05-31"));
            assertThat(next.basis()).isEqualTo(ReviewBasis.CARE_START);
        }
    }

    @Nested
    class PlacedForAdoption {

        @Test
        void a_review_is_due_within_28_days_of_the_placement_then_3_months_then_6() {
            History history = child().lookedAfterFrom("2023-01-04", LegalStatus.E1, "U4").reviewedOn("2023-01-30")
                    .reviewedOn("2023-04-20").reviewedOn("2023-10-02").placedOn("2024-01-31", "A5");
            assertThat(history.next().dueDate()).as("domain.md: placed 31 Jan 2024, due 28 Feb").isEqualTo(d("2024-02-28"));
            assertThat(history.next().basis()).isEqualTo(ReviewBasis.PRE_ADOPTIVE_PLACEMENT);

            history.reviewedOn("2024-02-26");
            assertThat(history.next().dueDate()).isEqualTo(d("2024-05-26"));
            assertThat(history.next().basis()).isEqualTo(ReviewBasis.PRE_ADOPTIVE_PLACEMENT);

            history.reviewedOn("2024-05-20");
            assertThat(history.next().dueDate()).isEqualTo(d("2024-11-20"));
            assertThat(history.next().basis()).isEqualTo(ReviewBasis.AFTER_REVIEW);
        }

        @Test
        void becoming_placed_for_adoption_with_the_same_carers_counts_from_that_day() {
            History history = child().lookedAfterFrom("2023-01-04", LegalStatus.E1, "U4").reviewedOn("2023-01-30")
                    .reviewedOn("2023-04-20").placedOn("2023-06-01", "A5").placedOn("2023-06-15", "A6");

            assertThat(history.next().dueDate()).as("the run of adoptive placements began on 1 June")
                    .isEqualTo(d("2023-06-29"));
        }

        @Test
        void a_placement_order_not_yet_placed_makes_a_review_due_within_3_months() {
            History history = child().lookedAfterFrom("2023-01-04").reviewedOn("2023-01-30").reviewedOn("2023-04-20")
                    .legalStatusFrom("2023-05-10", LegalStatus.E1);

            assertThat(history.next().dueDate()).isEqualTo(d("2023-08-10"));
            assertThat(history.next().basis()).isEqualTo(ReviewBasis.PLACEMENT_ORDER);
        }

        @Test
        void a_child_returned_from_adoption_resumes_the_ordinary_cycle_from_the_last_review() {
            History history = child().lookedAfterFrom("2023-01-04", LegalStatus.E1, "U4").reviewedOn("2023-01-30")
                    .reviewedOn("2023-04-20").placedOn("2023-06-01", "A5").reviewedOn("2023-06-20")
                    .placedOn("2023-07-01", "U4");

            assertThat(history.next().dueDate()).isEqualTo(d("2023-12-20"));
            assertThat(history.next().basis()).isEqualTo(ReviewBasis.AFTER_REVIEW);
        }
    }

    @Nested
    class UnregulatedPlacements {

        private final History countyA = child().under(PolicyPresets.policy("county-a", null));

        @Test
        void while_in_one_reviews_are_due_at_the_policys_interval() {
            History history = countyA.lookedAfterFrom("2023-01-04").reviewedOn("2023-01-30").reviewedOn("2023-04-20")
                    .placedOn("2023-06-01", "H5");

            assertThat(history.next().dueDate()).as("later of last review and placement start, plus 3 months")
                    .isEqualTo(d("2023-09-01"));
            assertThat(history.next().basis()).isEqualTo(ReviewBasis.UNREGULATED_PLACEMENT);
        }

        @Test
        void the_statutory_date_wins_when_it_is_earlier() {
            History history = countyA.lookedAfterFrom("2023-01-04").placedOn("2023-01-10", "H5");

            assertThat(history.next().basis()).isEqualTo(ReviewBasis.CARE_START);
        }

        @Test
        void an_authority_without_the_policy_keeps_the_statutory_cycle() {
            History history = child().lookedAfterFrom("2023-01-04").reviewedOn("2023-01-30").reviewedOn("2023-04-20")
                    .placedOn("2023-06-01", "H5");

            assertThat(history.next().dueDate()).isEqualTo(d("2023-10-20"));
        }
    }

    @Nested
    class PathwayPlans {

        private History careLeaver(String preset) {
            return child().bornOn("2005-06-10").under(PolicyPresets.policy(preset, PolicyOverrides.NONE))
                    .lookedAfterFrom("2020-01-06").reviewedOn("2020-01-30").reviewedOn("2020-04-20")
                    .reviewedOn("2023-01-15").ceasedOn("2023-06-10");
        }

        @Test
        void where_iros_chair_them_the_first_is_due_six_months_after_the_last_looked_after_review() {
            NextReview next = careLeaver("borough-b").next();

            assertThat(next.dueDate()).isEqualTo(d("2023-07-15"));
            assertThat(next.basis()).isEqualTo(ReviewBasis.PATHWAY_PLAN);
            assertThat(next.sequence()).isNull();
        }

        @Test
        void then_six_months_after_each_until_the_21st_birthday() {
            History history = careLeaver("borough-b").pathwayPlanReviewedOn("2023-07-10");
            assertThat(history.next().dueDate()).isEqualTo(d("2024-01-10"));
            assertThat(history.review(4).inTimescale()).isTrue();

            history.pathwayPlanReviewedOn("2025-12-20");
            assertThat(history.schedule().next()).as("due after the 21st birthday").isEmpty();
        }

        @Test
        void first_after_18_means_only_the_first() {
            assertThat(careLeaver("county-a").next().basis()).isEqualTo(ReviewBasis.PATHWAY_PLAN);
            assertThat(careLeaver("county-a").pathwayPlanReviewedOn("2023-07-10").schedule().next()).isEmpty();
        }

        @Test
        void where_iros_chair_none_a_care_leaver_has_none_due() {
            assertThat(careLeaver("statutory").schedule().next()).isEmpty();
        }
    }

    @Test
    void the_midway_review_falls_halfway_between_the_last_review_and_the_next() {
        NextReview next = child().lookedAfterFrom("2023-04-28").reviewedOn("2023-05-25").reviewedOn("2023-08-20").next();

        assertThat(next.dueDate()).isEqualTo(d("2024-02-20"));
        assertThat(next.midwayDate()).isEqualTo(d("2023-11-20"));
    }

    @Nested
    class PolicyChanges {

        private final org.openiro.authority.Policy countyA = PolicyPresets.policy("county-a", null);

        /** Reviewed in January and April 2023, then in an unregulated (H5) placement from May: statutory next 20 Oct. */
        private History inUnregulatedPlacement() {
            return child().lookedAfterFrom("2023-01-04").reviewedOn("2023-01-30").reviewedOn("2023-04-20")
                    .placedOn("2023-05-01", "H5");
        }

        @Test
        void a_new_policy_sets_the_due_dates_that_fall_after_it_takes_effect() {
            NextReview next = inUnregulatedPlacement().policyFrom("2023-06-15", countyA).next();

            assertThat(next.dueDate()).as("placement start + county A's 3 months").isEqualTo(d("2023-08-01"));
            assertThat(next.basis()).isEqualTo(ReviewBasis.UNREGULATED_PLACEMENT);
        }

        @Test
        void a_new_policy_never_makes_a_review_due_before_it_took_effect() {
            NextReview next = inUnregulatedPlacement().policyFrom("2023-09-01", countyA).next();

            assertThat(next.dueDate()).as("1 August under the new policy, which only applies from 1 September")
                    .isEqualTo(d("2023-09-01"));
        }

        @Test
        void a_review_held_before_the_change_keeps_its_due_date_and_timeliness() {
            History history = inUnregulatedPlacement().reviewedOn("2023-08-20");
            ReviewTiming before = history.review(3);

            history.policyFrom("2023-09-01", countyA);

            assertThat(history.review(3)).isEqualTo(before);
            assertThat(history.review(3).dueDate()).isEqualTo(d("2023-10-20"));
            assertThat(history.next().dueDate()).as("the next one follows the new policy: 1 May + 3 months is past, so"
                    + " 20 August + 3 months").isEqualTo(d("2023-11-20"));
        }

        @Test
        void a_policy_that_took_effect_after_a_due_date_leaves_it_be() {
            History history = inUnregulatedPlacement().reviewedOn("2023-10-30").policyFrom("2023-10-25", countyA);

            assertThat(history.review(3).dueDate()).as("due 20 October, before the change").isEqualTo(d("2023-10-20"));
            assertThat(history.review(3).inTimescale()).isFalse();
        }
    }
}
