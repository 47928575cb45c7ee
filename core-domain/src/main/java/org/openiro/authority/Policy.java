package org.openiro.authority;

import java.util.List;
import org.openiro.shared.InvalidInput;

/**
 * What differs between authorities: chosen once as a preset, then any field overridden by name
 * (domain.md, "Policies"). Defaults are the statutory rules and the IRO Handbook's ({@link #statutory()}).
 *
 * <p>Each concern is a small record of its own, validated where it is made; every setting's name, as the API and
 * the stored policy write it, is in {@link PolicyFields}, which is how a setting is overridden, read and written.
 * A refusal names the setting by that name ({@code policy.firstReviewWorkingDays}).
 *
 * @param preset                 the preset the policy was built from
 * @param timing                 when reviews fall due (CPPCR 2010 reg 33)
 * @param deadlines              what follows a review, and the notices before one
 * @param unregulated            unregulated or unregistered placements, which the authority may review more often
 * @param midway                 the IRO's check between reviews
 * @param pathwayPlanReviews     which pathway plan reviews of a young person aged 18–21 the IRO chairs
 * @param onlineAttendanceCounts whether taking part online counts as attending (PN1–PN7)
 * @param escalation             how alerts climb and when they are out of time
 * @param advocacyProviders      the commissioned advocacy providers
 * @param caseloadBand           children per full-time IRO
 * @param targets                the shares the authority aims for
 */
public record Policy(
        PolicyPreset preset,
        ReviewTiming timing,
        Deadlines deadlines,
        UnregulatedPlacements unregulated,
        Midway midway,
        PathwayPlanReviews pathwayPlanReviews,
        boolean onlineAttendanceCounts,
        Escalation escalation,
        List<AdvocacyProvider> advocacyProviders,
        CaseloadBand caseloadBand,
        Targets targets) {

    /**
     * The regulations' maxima (CPPCR 2010 reg 33(1)–(2)): the first review within 20 working days of care starting,
     * the second within 3 months of the first, each later one within 6 months. They are ceilings: a policy may review
     * sooner, never later, so these are the highest values a policy may hold.
     */
    public static final int FIRST_REVIEW_WORKING_DAYS = 20;
    public static final int SECOND_REVIEW_MONTHS = 3;
    public static final int LATER_REVIEW_MONTHS = 6;

    public Policy {
        preset = preset == null ? PolicyPreset.STATUTORY : preset;
        required("policy.firstReviewWorkingDays", timing);
        required("policy.recordDeadlineWorkingDays", deadlines);
        unregulated = unregulated == null ? UnregulatedPlacements.NONE : unregulated;
        required("policy.midwayReview", midway);
        if (pathwayPlanReviews == null) {
            throw wordRefused("policy.pathwayPlanReviews", PathwayPlanReviews.class);
        }
        required("policy.escalationClockStarts", escalation);
        advocacyProviders = advocacyProviders == null ? List.of() : List.copyOf(advocacyProviders);
        required("policy.caseloadBand", caseloadBand);
        targets = targets == null ? Targets.NONE : targets;
    }

    /** The statutory and Handbook defaults: domain.md's table, first column. */
    public static Policy statutory() {
        return new Policy(PolicyPreset.STATUTORY,
                new ReviewTiming(FIRST_REVIEW_WORKING_DAYS, SECOND_REVIEW_MONTHS, LATER_REVIEW_MONTHS),
                new Deadlines(20, 20, 5, 3, 10),
                UnregulatedPlacements.NONE,
                new Midway(MidwayReview.ENCOURAGED, false),
                PathwayPlanReviews.NONE,
                true,
                new Escalation(ClockStarts.FORMAL, 20, EscalationLadder.preset(EscalationPreset.STATUTORY),
                        AlertReason.DEFAULTS),
                List.of(),
                new CaseloadBand(50, 70),
                Targets.NONE);
    }

    /** Whether the two set the same due dates: the rules of review timing are the same. */
    public boolean timesReviewsAs(Policy other) {
        return timing.equals(other.timing)
                && unregulated.placementTypes().equals(other.unregulated.placementTypes())
                && java.util.Objects.equals(unregulated.reviewMonths(), other.unregulated.reviewMonths())
                && pathwayPlanReviews == other.pathwayPlanReviews;
    }

    // One copy-with per concern, so that PolicyFields can set any one setting.

    public Policy with(PolicyPreset preset) {
        return new Policy(preset, timing, deadlines, unregulated, midway, pathwayPlanReviews, onlineAttendanceCounts,
                escalation, advocacyProviders, caseloadBand, targets);
    }

    public Policy with(ReviewTiming timing) {
        return new Policy(preset, timing, deadlines, unregulated, midway, pathwayPlanReviews, onlineAttendanceCounts,
                escalation, advocacyProviders, caseloadBand, targets);
    }

    public Policy with(Deadlines deadlines) {
        return new Policy(preset, timing, deadlines, unregulated, midway, pathwayPlanReviews, onlineAttendanceCounts,
                escalation, advocacyProviders, caseloadBand, targets);
    }

    public Policy with(UnregulatedPlacements unregulated) {
        return new Policy(preset, timing, deadlines, unregulated, midway, pathwayPlanReviews, onlineAttendanceCounts,
                escalation, advocacyProviders, caseloadBand, targets);
    }

    public Policy with(Midway midway) {
        return new Policy(preset, timing, deadlines, unregulated, midway, pathwayPlanReviews, onlineAttendanceCounts,
                escalation, advocacyProviders, caseloadBand, targets);
    }

    public Policy with(PathwayPlanReviews pathwayPlanReviews) {
        return new Policy(preset, timing, deadlines, unregulated, midway, pathwayPlanReviews, onlineAttendanceCounts,
                escalation, advocacyProviders, caseloadBand, targets);
    }

    public Policy withOnlineAttendanceCounts(boolean onlineAttendanceCounts) {
        return new Policy(preset, timing, deadlines, unregulated, midway, pathwayPlanReviews, onlineAttendanceCounts,
                escalation, advocacyProviders, caseloadBand, targets);
    }

    public Policy with(Escalation escalation) {
        return new Policy(preset, timing, deadlines, unregulated, midway, pathwayPlanReviews, onlineAttendanceCounts,
                escalation, advocacyProviders, caseloadBand, targets);
    }

    public Policy withAdvocacyProviders(List<AdvocacyProvider> advocacyProviders) {
        return new Policy(preset, timing, deadlines, unregulated, midway, pathwayPlanReviews, onlineAttendanceCounts,
                escalation, advocacyProviders, caseloadBand, targets);
    }

    public Policy with(CaseloadBand caseloadBand) {
        return new Policy(preset, timing, deadlines, unregulated, midway, pathwayPlanReviews, onlineAttendanceCounts,
                escalation, advocacyProviders, caseloadBand, targets);
    }

    public Policy with(Targets targets) {
        return new Policy(preset, timing, deadlines, unregulated, midway, pathwayPlanReviews, onlineAttendanceCounts,
                escalation, advocacyProviders, caseloadBand, targets);
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidInput(field, "must be given");
        }
    }

    static void atMostTheLaw(String field, int value, int maximum, String regulation) {
        if (value < 1 || value > maximum) {
            throw new InvalidInput(field, "must be between 1 and " + maximum + ", the regulations' maximum (CPPCR 2010"
                    + " reg " + regulation + "): a policy may review sooner, never later");
        }
    }

    static void between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInput(field, "must be between " + min + " and " + max);
        }
    }

    private static <E extends Enum<E> & PolicyWord> InvalidInput wordRefused(String field, Class<E> type) {
        return new InvalidInput(field, "must be one of " + String.join(", ", PolicyWord.words(type)));
    }

    /**
     * When reviews fall due: the first within {@code firstReviewWorkingDays} of care starting, the second within
     * {@code secondReviewMonths} of the first, each later one within {@code laterReviewMonths}. The regulations'
     * intervals are ceilings (CPPCR 2010 reg 33): a policy may review sooner, never later.
     */
    public record ReviewTiming(int firstReviewWorkingDays, int secondReviewMonths, int laterReviewMonths) {
        public ReviewTiming {
            atMostTheLaw("policy.firstReviewWorkingDays", firstReviewWorkingDays, FIRST_REVIEW_WORKING_DAYS, "33(1)");
            atMostTheLaw("policy.secondReviewMonths", secondReviewMonths, SECOND_REVIEW_MONTHS, "33(2)(a)");
            atMostTheLaw("policy.laterReviewMonths", laterReviewMonths, LATER_REVIEW_MONTHS, "33(2)(b)");
        }
    }

    /**
     * The deadlines after a review is held (its record, the letter to the child, the recommendations) and the
     * notices before one (the social work report's lead, when a review shows as due soon), all in working days.
     */
    public record Deadlines(int recordWorkingDays, int letterWorkingDays, int recommendationsWorkingDays,
                            int socialWorkReportLeadWorkingDays, int reviewDueSoonWorkingDays) {
        public Deadlines {
            between("policy.recordDeadlineWorkingDays", recordWorkingDays, 1, 60);
            between("policy.letterDeadlineWorkingDays", letterWorkingDays, 1, 60);
            between("policy.recommendationsDeadlineWorkingDays", recommendationsWorkingDays, 1, 60);
            between("policy.socialWorkReportLeadWorkingDays", socialWorkReportLeadWorkingDays, 0, 30);
            between("policy.reviewDueSoonWorkingDays", reviewDueSoonWorkingDays, 1, 60);
        }
    }

    /**
     * Placements the authority treats as unregulated or unregistered (SSDA903 placement type codes), and what it
     * does more often while a child is in one: review every {@code reviewMonths} months, visit within
     * {@code visitWorkingDays} of the placement starting; each null when the authority does neither.
     */
    public record UnregulatedPlacements(List<String> placementTypes, Integer reviewMonths, Integer visitWorkingDays) {
        public static final UnregulatedPlacements NONE = new UnregulatedPlacements(List.of(), null, null);

        public UnregulatedPlacements {
            placementTypes = placementTypes == null ? List.of() : List.copyOf(placementTypes);
            if (reviewMonths != null) {
                // It shortens the statutory interval between reviews while the child is there, never lengthens it.
                atMostTheLaw("policy.unregulatedReviewMonths", reviewMonths, LATER_REVIEW_MONTHS, "33(2)(b)");
            }
            if (visitWorkingDays != null) {
                between("policy.unregulatedVisitWorkingDays", visitWorkingDays, 1, 60);
            }
        }

        /** Whether a placement of this type code is one the authority treats as unregulated. */
        public boolean covers(String placementType) {
            return placementTypes.contains(placementType);
        }
    }

    /** The IRO's check midway between reviews, and whether drift found at it opens an alert. */
    public record Midway(MidwayReview review, boolean driftOpensAlert) {
        public Midway {
            if (review == null) {
                throw wordRefused("policy.midwayReview", MidwayReview.class);
            }
        }
    }

    /** Whether the midway check is asked of IROs or only encouraged. */
    public enum MidwayReview implements PolicyWord {
        ENCOURAGED("encouraged"),
        REQUIRED("required");

        private final String word;

        MidwayReview(String word) {
            this.word = word;
        }

        @Override
        public String word() {
            return word;
        }

        @Override
        public String toString() {
            return word;
        }
    }

    /** Which pathway plan reviews of a care leaver aged 18 to 21 the IRO chairs. */
    public enum PathwayPlanReviews implements PolicyWord {
        NONE("none"),
        ALL_18_TO_21("all-18-21"),
        FIRST_AFTER_18("first-after-18");

        private final String word;

        PathwayPlanReviews(String word) {
            this.word = word;
        }

        @Override
        public String word() {
            return word;
        }

        @Override
        public String toString() {
            return word;
        }
    }

    /**
     * How alerts climb: from when the escalation limit is counted, how many working days it is, the ladder, and
     * the reasons an alert may give.
     */
    public record Escalation(ClockStarts clockStarts, int limitWorkingDays, EscalationLadder ladder,
                             List<AlertReason> reasons) {
        public Escalation {
            if (clockStarts == null) {
                throw wordRefused("policy.escalationClockStarts", ClockStarts.class);
            }
            between("policy.escalationLimitWorkingDays", limitWorkingDays, 1, 120);
            if (ladder == null) {
                throw new InvalidInput("policy.escalationLadder", "a ladder needs at least one stage");
            }
            reasons = reasons == null ? AlertReason.DEFAULTS : List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new InvalidInput("policy.alertReasons", "an authority needs at least one alert reason");
            }
        }
    }

    /** From when an alert's escalation limit is counted: its first formal stage, or its first raising. */
    public enum ClockStarts implements PolicyWord {
        FORMAL("formal"),
        FIRST_RAISED("first-raised");

        private final String word;

        ClockStarts(String word) {
            this.word = word;
        }

        @Override
        public String word() {
            return word;
        }

        @Override
        public String toString() {
            return word;
        }
    }

    /** Children per full-time IRO (IRO Handbook: 50–70), scaled by each IRO's FTE. */
    public record CaseloadBand(int min, int max) {
        public CaseloadBand {
            if (min < 0 || max < min) {
                throw new InvalidInput("policy.caseloadBand", "min must be at least 0 and no more than max");
            }
        }
    }

    /** An authority-defined alert reason. */
    public record AlertReason(String id, String label) {
        public AlertReason {
            if (id == null || !id.matches("[a-z0-9-]{1,50}")) {
                throw new InvalidInput("policy.alertReasons.id", "a reason id is 1–50 lower-case letters, digits or '-'");
            }
            if (label == null || label.isBlank()) {
                throw new InvalidInput("policy.alertReasons.label", "must not be blank");
            }
        }

        /** The default list, from a seed authority (domain.md, "Dispute resolution"). */
        public static final List<AlertReason> DEFAULTS = List.of(
                new AlertReason("report-late", "Report or assessment not completed in time"),
                new AlertReason("wishes-contradict-plan", "Child's wishes and feelings contradict the plan"),
                new AlertReason("iro-disagrees-with-plan", "IRO disagrees with the plan"),
                new AlertReason("plan-not-implemented", "Plan not implemented"),
                new AlertReason("assessment-not-thorough", "Assessment not thorough"),
                new AlertReason("legal-gateway-delay", "Delay in legal gateway (PLO meetings)"),
                new AlertReason("recording-system", "Recording on the case system"),
                new AlertReason("placement-not-meeting-needs", "Placement not meeting needs"),
                new AlertReason("not-visited-or-seen-alone", "Child not visited or not seen alone"),
                new AlertReason("health-or-pep-late", "Health assessment or PEP late"),
                new AlertReason("safeguarding-not-addressed", "Safeguarding concern not addressed"),
                new AlertReason("immediate-danger", "Child in immediate danger"),
                new AlertReason("permanence-not-planned", "Permanence not planned"),
                new AlertReason("human-rights", "Child's human rights"),
                new AlertReason("other", "Other"));
    }

    /** A commissioned advocacy provider, with the referrals a year it is commissioned for. */
    public record AdvocacyProvider(String id, String name, Integer annualReferralTarget) {
        public AdvocacyProvider {
            if (id == null || !id.matches("[A-Za-z0-9_-]{1,36}")) {
                throw new InvalidInput("policy.advocacyProviders.id", "must be 1 to 36 letters, digits, '-' or '_'");
            }
            if (name == null || name.isBlank()) {
                throw new InvalidInput("policy.advocacyProviders.name", "must not be blank");
            }
        }
    }

    /** The shares the authority aims for, drawn as lines on the report's charts; null where none is set. */
    public record Targets(Double reviewsInTimescale, Double participation, Double recordsInTimescale) {
        public static final Targets NONE = new Targets(null, null, null);

        public Targets {
            share("policy.targets.reviewsInTimescale", reviewsInTimescale);
            share("policy.targets.participation", participation);
            share("policy.targets.recordsInTimescale", recordsInTimescale);
        }

        private static void share(String field, Double value) {
            if (value != null && (value < 0 || value > 1)) {
                throw new InvalidInput(field, "a target is a share between 0 and 1");
            }
        }
    }
}
