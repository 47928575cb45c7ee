package org.openiro.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openiro.reviews.History.child;
import static org.openiro.reviews.History.d;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openiro.authority.PolicyFields;
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
        void aar_reg_36_2_a_a6_after_a5_is_a_move_to_new_carers_and_counts_from_it() {
            // A6 is a placement for adoption not with the current foster carers: not "the same carers" as A5.
            History history = child().lookedAfterFrom("2023-01-04", LegalStatus.E1, "U4").reviewedOn("2023-01-30")
                    .reviewedOn("2023-04-20").placedOn("2023-06-01", "A5").placedOn("2023-06-15", "A6");

            assertThat(history.next().dueDate()).as("28 days after the move on 15 June").isEqualTo(d("2023-07-13"));
            assertThat(history.next().basis()).isEqualTo(ReviewBasis.PRE_ADOPTIVE_PLACEMENT);
        }

        @Test
        void aar_reg_36_2_a_a_move_from_one_a6_placement_to_another_starts_a_new_count() {
            History history = child().lookedAfterFrom("2023-01-04", LegalStatus.E1, "U4").reviewedOn("2023-01-30")
                    .reviewedOn("2023-04-20").placedOn("2024-01-10", "A6").reviewedOn("2024-02-05")
                    .reviewedOn("2024-05-09").placedOn("2024-07-01", "A6");

            assertThat(history.next().dueDate()).as("4 weeks after the new adopters, not 9 November")
                    .isEqualTo(d("2024-07-29"));
            assertThat(history.next().basis()).isEqualTo(ReviewBasis.PRE_ADOPTIVE_PLACEMENT);
        }

        @Test
        void aar_reg_36_2_a_with_the_current_carers_the_count_starts_when_placed_and_a_type_change_does_not_restart() {
            History history = child().lookedAfterFrom("2023-01-04", LegalStatus.E1, "U4").reviewedOn("2023-01-30")
                    .reviewedOn("2023-04-20").placedOn("2023-06-01", "A3");
            assertThat(history.next().dueDate()).as("A3: the foster carers become the prospective adopters on 1 June")
                    .isEqualTo(d("2023-06-29"));

            history.reviewedOn("2023-06-20").placedOn("2023-08-01", "A5");

            assertThat(history.next().dueDate()).as("A3 to A5 with the same carers: 3 months after the first review")
                    .isEqualTo(d("2023-09-20"));
            assertThat(history.next().basis()).isEqualTo(ReviewBasis.PRE_ADOPTIVE_PLACEMENT);
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

    /** CPPCR 2010 reg 48: short breaks recorded as the DfE records a V3 series, one period of care a break. */
    @Nested
    class ShortBreaksRecordedOneEpisodeABreak {

        /** Breaks from 12 January, 9 February and 8 March 2024, three nights each, and one from 5 April. */
        private History fourBreaks(String lastEnded) {
            return child().shortBreak("2024-01-12", "2024-01-15").shortBreak("2024-02-09", "2024-02-12")
                    .shortBreak("2024-03-08", "2024-03-11").shortBreak("2024-04-05", lastEnded);
        }

        @Test
        void reg_48_the_series_is_reviewed_3_months_after_its_first_break_whether_or_not_a_break_is_open() {
            assertThat(fourBreaks(null).next().dueDate()).as("not 3 months after the latest break (5 July)")
                    .isEqualTo(d("2024-04-12"));
            assertThat(fourBreaks(null).next().basis()).isEqualTo(ReviewBasis.SHORT_BREAKS);
            assertThat(fourBreaks("2024-04-08").next().dueDate()).as("between breaks").isEqualTo(d("2024-04-12"));
            assertThat(fourBreaks("2024-04-08").next().sequence()).isEqualTo(1);
        }

        @Test
        void reg_48_a_review_held_between_breaks_is_the_series_and_the_next_is_6_months_on() {
            History history = fourBreaks("2024-04-08").reviewedOn("2024-04-10");

            assertThat(history.review(1).dueDate()).isEqualTo(d("2024-04-12"));
            assertThat(history.review(1).inTimescale()).isTrue();
            assertThat(history.review(1).sequence()).isEqualTo(1);
            assertThat(history.next().dueDate()).isEqualTo(d("2024-10-10"));
            assertThat(history.next().sequence()).isEqualTo(2);
            assertThat(history.next().basis()).isEqualTo(ReviewBasis.AFTER_REVIEW);

            history.shortBreak("2024-05-03", "2024-05-06").reviewedOn("2024-10-01");
            assertThat(history.review(2).dueDate()).as("one series across the breaks").isEqualTo(d("2024-10-10"));
            assertThat(history.review(2).sequence()).isEqualTo(2);
        }

        @Test
        void reg_48_a_break_more_than_6_months_after_the_last_one_ended_starts_a_new_series() {
            History continued = child().shortBreak("2024-03-08", "2024-03-11").reviewedOn("2024-06-05")
                    .shortBreak("2024-09-11", null);
            History anew = child().shortBreak("2024-03-08", "2024-03-11").reviewedOn("2024-06-05")
                    .shortBreak("2024-09-12", null);

            assertThat(continued.review(1).dueDate()).isEqualTo(d("2024-06-08"));
            assertThat(continued.next().dueDate()).as("6 months after 11 March: the series goes on")
                    .isEqualTo(d("2024-12-05"));
            assertThat(anew.next().dueDate()).as("a new series, 3 months after its first break")
                    .isEqualTo(d("2024-12-12"));
            assertThat(anew.next().sequence()).isEqualTo(1);
            assertThat(anew.next().basis()).isEqualTo(ReviewBasis.SHORT_BREAKS);
        }

        @Test
        void reg_48_care_under_another_legal_status_ends_the_series_and_the_ordinary_cycle_starts_that_day() {
            // 20 working days after Wednesday 1 May 2024, past the bank holidays of 6 and 27 May.
            History sameEpisode = child().shortBreak("2024-01-12", null).reviewedOn("2024-04-10")
                    .legalStatusFrom("2024-05-01", LegalStatus.C2);
            History newPeriod = child().shortBreak("2024-01-12", "2024-01-15").reviewedOn("2024-04-10")
                    .lookedAfterFrom("2024-05-01");

            for (History history : java.util.List.of(sameEpisode, newPeriod)) {
                assertThat(history.review(1).basis()).isEqualTo(ReviewBasis.SHORT_BREAKS);
                assertThat(history.next().dueDate()).isEqualTo(d("2024-05-31"));
                assertThat(history.next().sequence()).isEqualTo(1);
                assertThat(history.next().basis()).isEqualTo(ReviewBasis.CARE_START);
            }
        }
    }

    /** domain.md, "At 18": the looked-after cycle ends; an open period after it is a data problem. */
    @Nested
    class AtEighteen {

        /** Born 15 September 2006, in care since 1 September 2023, last reviewed 1 May 2024. */
        private History bornIn2006(String born) {
            return child().bornOn(born).lookedAfterFrom("2023-09-01").reviewedOn("2023-09-25")
                    .reviewedOn("2023-12-20").reviewedOn("2024-05-01");
        }

        @Test
        void reg_33_no_looked_after_review_falls_due_on_or_after_the_18th_birthday() {
            assertThat(bornIn2006("2006-09-15").schedule().next()).as("not 1 November 2024, after the birthday")
                    .isEmpty();
            assertThat(bornIn2006("2006-12-15").next().dueDate()).as("due before the birthday")
                    .isEqualTo(d("2024-11-01"));
        }

        @Test
        void reg_33_care_still_open_on_the_18th_birthday_is_a_data_problem_not_a_review_due() {
            org.openiro.children.Child child = bornIn2006("2006-09-15").asChild();

            assertThat(child.dataProblems(d("2024-09-14"))).isEmpty();
            assertThat(child.dataProblems(d("2024-09-15")))
                    .containsExactly(org.openiro.children.DataProblem.CARE_NOT_ENDED_AT_18);
            assertThat(bornIn2006("2006-09-15").ceasedOn("2024-09-15").asChild().dataProblems(d("2024-10-01")))
                    .as("care ended on the birthday").isEmpty();
        }
    }

    @Nested
    class EndDate {

        @Test
        void reg_33_a_review_on_the_periods_end_date_belongs_to_the_period() {
            History history = child().lookedAfterFrom("2023-04-28").ceasedOn("2023-05-31").reviewedOn("2023-05-31");

            assertThat(history.review(1).dueDate()).isEqualTo(d("2023-05-31"));
            assertThat(history.review(1).inTimescale()).isTrue();
            assertThat(history.review(1).sequence()).isEqualTo(1);
            assertThat(history.schedule().next()).isEmpty();
        }

        @Test
        void reg_33_a_review_on_a_day_one_period_ends_and_another_begins_is_the_new_ones() {
            History history = child().lookedAfterFrom("2023-04-28").ceasedOn("2023-05-31")
                    .lookedAfterFrom("2023-05-31").reviewedOn("2023-05-31");

            assertThat(history.review(1).basis()).isEqualTo(ReviewBasis.CARE_START);
            assertThat(history.next().sequence()).isEqualTo(2);
        }
    }

    /** CPPCR 2010 reg 33(1)–(2) are ceilings: a policy may review sooner, never later. */
    @Nested
    class PolicyCeilings {

        private org.openiro.authority.Policy statutoryWith(Integer first, Integer second, Integer later,
                                                          Integer unregulated) {
            return PolicyPresets.policy("statutory", PolicyOverrides.NONE
                    .with(PolicyFields.FIRST_REVIEW_WORKING_DAYS, first)
                    .with(PolicyFields.SECOND_REVIEW_MONTHS, second)
                    .with(PolicyFields.LATER_REVIEW_MONTHS, later)
                    .with(PolicyFields.UNREGULATED_REVIEW_MONTHS, unregulated));
        }

        @Test
        void reg_33_a_policy_longer_than_the_regulations_is_refused_naming_the_field() {
            for (Object[] longer : new Object[][] {{21, null, null, null, "policy.firstReviewWorkingDays"},
                    {null, 4, null, null, "policy.secondReviewMonths"},
                    {null, null, 12, null, "policy.laterReviewMonths"},
                    {null, null, null, 7, "policy.unregulatedReviewMonths"}}) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> statutoryWith((Integer) longer[0],
                                (Integer) longer[1], (Integer) longer[2], (Integer) longer[3]))
                        .isInstanceOfSatisfying(org.openiro.shared.InvalidInput.class, refused -> assertThat(
                                refused.errors()).extracting(org.openiro.shared.FieldError::field)
                                .containsExactly((String) longer[4]));
            }
        }

        @Test
        void reg_33_a_shorter_one_is_kept_and_sets_the_due_dates() {
            History history = child().under(statutoryWith(15, 2, 4, null)).lookedAfterFrom("2023-04-28")
                    .reviewedOn("2023-05-25").reviewedOn("2023-07-20");

            assertThat(history.review(1).dueDate()).as("15 working days after 28 April 2023")
                    .isEqualTo(d("2023-05-23"));
            assertThat(history.review(2).dueDate()).isEqualTo(d("2023-07-25"));
            assertThat(history.next().dueDate()).isEqualTo(d("2023-11-20"));
        }
    }

    /** An SSDA903 import whose first episode is not {@code RNE = S}: care began before the records do. */
    @Nested
    class RecordsBeginPartWayThroughCare {

        @Test
        void reg_33_the_first_review_on_record_has_no_timeliness_and_the_next_is_measured_6_months_from_it() {
            History history = child().lookedAfterFromUnknownStart("2023-06-01").reviewedOn("2023-08-10")
                    .reviewedOn("2024-02-01");

            assertThat(history.review(1).dueDate()).isNull();
            assertThat(history.review(1).inTimescale()).as("neither in nor out of timescale").isNull();
            assertThat(history.review(1).sequence()).isNull();
            assertThat(history.review(1).basis()).isEqualTo(ReviewBasis.START_NOT_KNOWN);
            assertThat(history.review(2).dueDate()).isEqualTo(d("2024-02-10"));
            assertThat(history.review(2).inTimescale()).isTrue();
            assertThat(history.review(2).sequence()).isEqualTo(3);
            assertThat(history.next().dueDate()).isEqualTo(d("2024-08-01"));
        }

        @Test
        void reg_33_until_a_review_is_on_record_one_is_due_at_the_latest_6_months_after_the_first_day_on_record() {
            NextReview next = child().lookedAfterFromUnknownStart("2023-06-01").next();

            assertThat(next.dueDate()).isEqualTo(d("2023-12-01"));
            assertThat(next.basis()).isEqualTo(ReviewBasis.START_NOT_KNOWN);
            assertThat(next.sequence()).isNull();
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
        void ssda903_codes_of_2025_26_the_unregistered_placements_that_replaced_h5_p2_and_z1_are_reviewed_so_too() {
            History unregistered = countyA.lookedAfterFrom("2025-01-06").reviewedOn("2025-01-30")
                    .reviewedOn("2025-04-20").placedOn("2025-06-02", "Z12");
            History registered = child().under(PolicyPresets.policy("county-a", null)).lookedAfterFrom("2025-01-06")
                    .reviewedOn("2025-01-30")
                    .reviewedOn("2025-04-20").placedOn("2025-06-02", "K3");

            assertThat(unregistered.next().dueDate()).isEqualTo(d("2025-09-02"));
            assertThat(unregistered.next().basis()).isEqualTo(ReviewBasis.UNREGULATED_PLACEMENT);
            assertThat(registered.next().dueDate()).as("K3 is registered with Ofsted: the statutory cycle")
                    .isEqualTo(d("2025-10-20"));
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
