package org.openiro.http.authorities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.openiro.authority.EscalationLadder;
import org.openiro.authority.LadderStage;
import org.openiro.authority.Policy;
import org.openiro.authority.PolicyOverrides;
import org.openiro.http.input.Code;
import org.openiro.http.input.Id;

/**
 * An authority's policy as the API writes it: a preset, an escalation preset, and any field of domain.md's table.
 * The same shape comes back on GET with every field filled in: the effective policy.
 */
@Serdeable
public record PolicyBody(
        @Nullable @Code String preset,
        @Nullable @Code String escalationPreset,
        @Nullable Integer firstReviewWorkingDays,
        @Nullable Integer secondReviewMonths,
        @Nullable Integer laterReviewMonths,
        @Nullable @Size(max = 100) List<@NotBlank @Code String> unregulatedPlacementTypes,
        @Nullable Integer unregulatedReviewMonths,
        @Nullable Integer unregulatedVisitWorkingDays,
        @Nullable Integer recordDeadlineWorkingDays,
        @Nullable Integer letterDeadlineWorkingDays,
        @Nullable Integer recommendationsDeadlineWorkingDays,
        @Nullable Integer socialWorkReportLeadWorkingDays,
        @Nullable Integer reviewDueSoonWorkingDays,
        @Nullable @Code String midwayReview,
        @Nullable Boolean midwayDriftOpensAlert,
        @Nullable @Valid Band caseloadBand,
        @Nullable @Code String pathwayPlanReviews,
        @Nullable Boolean onlineAttendanceCounts,
        @Nullable @Code String escalationClockStarts,
        @Nullable Integer escalationLimitWorkingDays,
        @Nullable @Size(min = 1, max = 12) List<@Valid @NotNull Stage> escalationLadder,
        @Nullable @Size(min = 1, max = 100) List<@Valid @NotNull Reason> alertReasons,
        @Nullable @Size(max = 100) List<@Valid @NotNull Provider> advocacyProviders,
        @Nullable @Valid TargetShares targets) {

    @Serdeable
    public record Band(@NotNull Integer min, @NotNull Integer max) {
    }

    @Serdeable
    public record Stage(@NotBlank @Code String id, @NotBlank @Code String respondentRole, @NotNull Integer workingDays) {
    }

    @Serdeable
    public record Reason(@NotBlank @Code String id, @NotBlank @Size(max = 200) String label) {
    }

    @Serdeable
    public record Provider(@NotBlank @Id String id, @NotBlank @Size(max = 200) String name,
                           @Nullable Integer annualReferralTarget) {
    }

    @Serdeable
    public record TargetShares(@Nullable Double reviewsInTimescale, @Nullable Double participation,
                               @Nullable Double recordsInTimescale) {
    }

    PolicyOverrides toOverrides() {
        return new PolicyOverrides(firstReviewWorkingDays, secondReviewMonths, laterReviewMonths,
                unregulatedPlacementTypes, unregulatedReviewMonths, unregulatedVisitWorkingDays,
                recordDeadlineWorkingDays, letterDeadlineWorkingDays, recommendationsDeadlineWorkingDays,
                socialWorkReportLeadWorkingDays, reviewDueSoonWorkingDays, midwayReview, midwayDriftOpensAlert,
                caseloadBand == null ? null : new Policy.CaseloadBand(caseloadBand.min(), caseloadBand.max()),
                pathwayPlanReviews, onlineAttendanceCounts, escalationClockStarts, escalationLimitWorkingDays,
                escalationPreset,
                escalationLadder == null ? null : escalationLadder.stream()
                        .map(s -> new LadderStage(s.id(), s.respondentRole(), s.workingDays())).toList(),
                alertReasons == null ? null : alertReasons.stream()
                        .map(r -> new Policy.AlertReason(r.id(), r.label())).toList(),
                advocacyProviders == null ? null : advocacyProviders.stream()
                        .map(p -> new Policy.AdvocacyProvider(p.id(), p.name(), p.annualReferralTarget())).toList(),
                targets == null ? null : new Policy.Targets(targets.reviewsInTimescale(), targets.participation(),
                        targets.recordsInTimescale()));
    }

    static PolicyBody of(Policy p) {
        EscalationLadder ladder = p.escalationLadder();
        return new PolicyBody(p.preset(), ladder.preset(), p.firstReviewWorkingDays(), p.secondReviewMonths(),
                p.laterReviewMonths(), p.unregulatedPlacementTypes(), p.unregulatedReviewMonths(),
                p.unregulatedVisitWorkingDays(), p.recordDeadlineWorkingDays(), p.letterDeadlineWorkingDays(),
                p.recommendationsDeadlineWorkingDays(), p.socialWorkReportLeadWorkingDays(),
                p.reviewDueSoonWorkingDays(), p.midwayReview(), p.midwayDriftOpensAlert(),
                new Band(p.caseloadBand().min(), p.caseloadBand().max()), p.pathwayPlanReviews(),
                p.onlineAttendanceCounts(), p.escalationClockStarts(), p.escalationLimitWorkingDays(),
                ladder.stages().stream().map(s -> new Stage(s.id(), s.respondentRole(), s.workingDays())).toList(),
                p.alertReasons().stream().map(r -> new Reason(r.id(), r.label())).toList(),
                p.advocacyProviders().stream().map(a -> new Provider(a.id(), a.name(), a.annualReferralTarget()))
                        .toList(),
                new TargetShares(p.targets().reviewsInTimescale(), p.targets().participation(),
                        p.targets().recordsInTimescale()));
    }
}
