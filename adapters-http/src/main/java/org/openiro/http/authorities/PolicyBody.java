package org.openiro.http.authorities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.openiro.http.input.Code;
import org.openiro.http.input.Id;

/**
 * An authority's policy as the API writes it: a preset, an escalation preset, and any field of domain.md's table.
 * The same shape comes back on GET with every field filled in: the effective policy. It is the API's documented
 * shape and its checks of form; what each setting means, and how it maps to the domain, is the domain's table of
 * settings ({@link org.openiro.authority.PolicyFields}), read and written by name ({@link PolicyMapping}).
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
}
