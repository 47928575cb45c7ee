package org.openiro.authority;

import java.util.List;

/**
 * The policy fields an authority sets on top of its preset, each null when not given. Field names are the
 * API's (domain.md, "Policies").
 */
public record PolicyOverrides(
        Integer firstReviewWorkingDays,
        Integer secondReviewMonths,
        Integer laterReviewMonths,
        List<String> unregulatedPlacementTypes,
        Integer unregulatedReviewMonths,
        Integer unregulatedVisitWorkingDays,
        Integer recordDeadlineWorkingDays,
        Integer letterDeadlineWorkingDays,
        Integer recommendationsDeadlineWorkingDays,
        Integer socialWorkReportLeadWorkingDays,
        Integer reviewDueSoonWorkingDays,
        String midwayReview,
        Boolean midwayDriftOpensAlert,
        Policy.CaseloadBand caseloadBand,
        String pathwayPlanReviews,
        Boolean onlineAttendanceCounts,
        String escalationClockStarts,
        Integer escalationLimitWorkingDays,
        String escalationPreset,
        List<LadderStage> escalationLadder,
        List<Policy.AlertReason> alertReasons,
        List<Policy.AdvocacyProvider> advocacyProviders,
        Policy.Targets targets) {

    public static final PolicyOverrides NONE = new PolicyOverrides(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** The preset's policy with every given field replaced. */
    Policy applyTo(Policy p) {
        EscalationLadder ladder = escalationLadder != null ? EscalationLadder.custom(escalationLadder)
                : escalationPreset != null ? EscalationLadder.preset(escalationPreset)
                : p.escalationLadder();
        return new Policy(p.preset(),
                or(firstReviewWorkingDays, p.firstReviewWorkingDays()),
                or(secondReviewMonths, p.secondReviewMonths()),
                or(laterReviewMonths, p.laterReviewMonths()),
                or(unregulatedPlacementTypes, p.unregulatedPlacementTypes()),
                or(unregulatedReviewMonths, p.unregulatedReviewMonths()),
                or(unregulatedVisitWorkingDays, p.unregulatedVisitWorkingDays()),
                or(recordDeadlineWorkingDays, p.recordDeadlineWorkingDays()),
                or(letterDeadlineWorkingDays, p.letterDeadlineWorkingDays()),
                or(recommendationsDeadlineWorkingDays, p.recommendationsDeadlineWorkingDays()),
                or(socialWorkReportLeadWorkingDays, p.socialWorkReportLeadWorkingDays()),
                or(reviewDueSoonWorkingDays, p.reviewDueSoonWorkingDays()),
                or(midwayReview, p.midwayReview()),
                or(midwayDriftOpensAlert, p.midwayDriftOpensAlert()),
                or(caseloadBand, p.caseloadBand()),
                or(pathwayPlanReviews, p.pathwayPlanReviews()),
                or(onlineAttendanceCounts, p.onlineAttendanceCounts()),
                or(escalationClockStarts, p.escalationClockStarts()),
                or(escalationLimitWorkingDays, p.escalationLimitWorkingDays()),
                ladder,
                or(alertReasons, p.alertReasons()),
                or(advocacyProviders, p.advocacyProviders()),
                or(targets, p.targets()));
    }

    private static <T> T or(T given, T preset) {
        return given != null ? given : preset;
    }
}
