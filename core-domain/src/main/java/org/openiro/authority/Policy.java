package org.openiro.authority;

import java.util.List;
import java.util.Set;
import org.openiro.shared.InvalidInput;

/**
 * What differs between authorities: chosen once as a preset, then any field overridden by name
 * (domain.md, "Policies"). Defaults are the statutory rules and the IRO Handbook's.
 */
public record Policy(
        String preset,
        int firstReviewWorkingDays,
        int secondReviewMonths,
        int laterReviewMonths,
        List<String> unregulatedPlacementTypes,
        Integer unregulatedReviewMonths,
        Integer unregulatedVisitWorkingDays,
        int recordDeadlineWorkingDays,
        int letterDeadlineWorkingDays,
        int recommendationsDeadlineWorkingDays,
        int socialWorkReportLeadWorkingDays,
        int reviewDueSoonWorkingDays,
        String midwayReview,
        boolean midwayDriftOpensAlert,
        CaseloadBand caseloadBand,
        String pathwayPlanReviews,
        boolean onlineAttendanceCounts,
        String escalationClockStarts,
        int escalationLimitWorkingDays,
        EscalationLadder escalationLadder,
        List<AlertReason> alertReasons,
        List<AdvocacyProvider> advocacyProviders,
        Targets targets) {

    /**
     * The regulations' maxima (CPPCR 2010 reg 33(1)–(2)): the first review within 20 working days of care starting,
     * the second within 3 months of the first, each later one within 6 months. They are ceilings: a policy may review
     * sooner, never later, so these are the highest values a policy may hold.
     */
    public static final int FIRST_REVIEW_WORKING_DAYS = 20;
    public static final int SECOND_REVIEW_MONTHS = 3;
    public static final int LATER_REVIEW_MONTHS = 6;

    public static final Set<String> MIDWAY_REVIEW = Set.of("encouraged", "required");
    public static final Set<String> PATHWAY_PLAN_REVIEWS = Set.of("none", "all-18-21", "first-after-18");
    public static final Set<String> ESCALATION_CLOCK_STARTS = Set.of("formal", "first-raised");

    public Policy {
        unregulatedPlacementTypes = unregulatedPlacementTypes == null ? List.of() : List.copyOf(unregulatedPlacementTypes);
        alertReasons = alertReasons == null ? AlertReason.DEFAULTS : List.copyOf(alertReasons);
        advocacyProviders = advocacyProviders == null ? List.of() : List.copyOf(advocacyProviders);
        targets = targets == null ? Targets.NONE : targets;
        atMostTheLaw("policy.firstReviewWorkingDays", firstReviewWorkingDays, FIRST_REVIEW_WORKING_DAYS, "33(1)");
        atMostTheLaw("policy.secondReviewMonths", secondReviewMonths, SECOND_REVIEW_MONTHS, "33(2)(a)");
        atMostTheLaw("policy.laterReviewMonths", laterReviewMonths, LATER_REVIEW_MONTHS, "33(2)(b)");
        if (unregulatedReviewMonths != null) {
            // It shortens the statutory interval between reviews while the child is there, never lengthens it.
            atMostTheLaw("policy.unregulatedReviewMonths", unregulatedReviewMonths, LATER_REVIEW_MONTHS, "33(2)(b)");
        }
        if (unregulatedVisitWorkingDays != null) {
            between("policy.unregulatedVisitWorkingDays", unregulatedVisitWorkingDays, 1, 60);
        }
        between("policy.recordDeadlineWorkingDays", recordDeadlineWorkingDays, 1, 60);
        between("policy.letterDeadlineWorkingDays", letterDeadlineWorkingDays, 1, 60);
        between("policy.recommendationsDeadlineWorkingDays", recommendationsDeadlineWorkingDays, 1, 60);
        between("policy.socialWorkReportLeadWorkingDays", socialWorkReportLeadWorkingDays, 0, 30);
        between("policy.reviewDueSoonWorkingDays", reviewDueSoonWorkingDays, 1, 60);
        between("policy.escalationLimitWorkingDays", escalationLimitWorkingDays, 1, 120);
        oneOf("policy.midwayReview", midwayReview, MIDWAY_REVIEW);
        oneOf("policy.pathwayPlanReviews", pathwayPlanReviews, PATHWAY_PLAN_REVIEWS);
        oneOf("policy.escalationClockStarts", escalationClockStarts, ESCALATION_CLOCK_STARTS);
        if (alertReasons.isEmpty()) {
            throw new InvalidInput("policy.alertReasons", "an authority needs at least one alert reason");
        }
    }

    /** The statutory and Handbook defaults: domain.md's table, first column. */
    public static Policy statutory() {
        return new Policy("statutory", FIRST_REVIEW_WORKING_DAYS, SECOND_REVIEW_MONTHS, LATER_REVIEW_MONTHS, List.of(),
                null, null, 20, 20, 5, 3, 10, "encouraged", false,
                new CaseloadBand(50, 70), "none", true, "formal", 20, EscalationLadder.preset("statutory"),
                AlertReason.DEFAULTS, List.of(), Targets.NONE);
    }

    /** The same policy, named after the preset it was built from. */
    public Policy withPreset(String name) {
        return new Policy(name, firstReviewWorkingDays, secondReviewMonths, laterReviewMonths,
                unregulatedPlacementTypes, unregulatedReviewMonths, unregulatedVisitWorkingDays,
                recordDeadlineWorkingDays, letterDeadlineWorkingDays, recommendationsDeadlineWorkingDays,
                socialWorkReportLeadWorkingDays, reviewDueSoonWorkingDays, midwayReview, midwayDriftOpensAlert,
                caseloadBand, pathwayPlanReviews, onlineAttendanceCounts, escalationClockStarts,
                escalationLimitWorkingDays, escalationLadder, alertReasons, advocacyProviders, targets);
    }

    /** Whether the two set the same due dates: the rules of review timing are the same. */
    public boolean timesReviewsAs(Policy other) {
        return firstReviewWorkingDays == other.firstReviewWorkingDays
                && secondReviewMonths == other.secondReviewMonths
                && laterReviewMonths == other.laterReviewMonths
                && unregulatedPlacementTypes.equals(other.unregulatedPlacementTypes)
                && java.util.Objects.equals(unregulatedReviewMonths, other.unregulatedReviewMonths)
                && pathwayPlanReviews.equals(other.pathwayPlanReviews);
    }

    private static void atMostTheLaw(String field, int value, int maximum, String regulation) {
        if (value < 1 || value > maximum) {
            throw new InvalidInput(field, "must be between 1 and " + maximum + ", the regulations' maximum (CPPCR 2010"
                    + " reg " + regulation + "): a policy may review sooner, never later");
        }
    }

    private static void between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInput(field, "must be between " + min + " and " + max);
        }
    }

    private static void oneOf(String field, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            throw new InvalidInput(field, "must be one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
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
