package org.openiro.http.reviews;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.openiro.http.input.Code;
import org.openiro.http.input.Id;
import org.openiro.reviews.Advocacy;
import org.openiro.reviews.Consultation;
import org.openiro.reviews.Meetings;
import org.openiro.reviews.Participation;
import org.openiro.reviews.ParticipationCode;
import org.openiro.reviews.ReviewFacts;
import org.openiro.reviews.ReviewKind;
import org.openiro.reviews.port.in.RecordReviewUseCase.ReviewDetails;

/** {@code POST …/children/{childId}/reviews}, and the whole of a review a merge patch is applied to. */
@Serdeable
public record ReviewBody(
        @NotEmpty @Size(max = 10) List<@NotNull LocalDate> meetingDates,
        @Nullable Boolean seriesComplete,
        @Nullable @Code String kind,
        @Nullable @Id String bookingId,
        @Nullable @Valid ParticipationBody participation,
        @Nullable Boolean attended,
        @Nullable @Valid AdvocacyBody advocacy,
        @Nullable @Size(max = 6) List<@Valid @NotNull ConsultationBody> consultation,
        @Nullable LocalDate socialWorkReportReceivedOn,
        @Nullable LocalDate recommendationsIssuedOn,
        @Nullable LocalDate recordCompletedOn,
        @Nullable LocalDate letterSentOn) {

    @Serdeable
    public record ParticipationBody(@NotBlank @Code String code,
                                    @Nullable @Size(max = 10) Set<@NotBlank @Code String> methods,
                                    @Nullable @Code String chairedByChild) {
    }

    @Serdeable
    public record AdvocacyBody(@NotBlank @Code String status, @Nullable @Code String type, @Nullable @Id String provider) {
    }

    @Serdeable
    public record ConsultationBody(@NotBlank @Code String party, @NotNull Boolean sent, @NotNull Boolean returned) {
    }

    ReviewDetails toDetails() {
        ReviewKind reviewKind = kind == null ? ReviewKind.CLA : ReviewKind.of("kind", kind);
        return new ReviewDetails(reviewKind, new Meetings(meetingDates), seriesComplete == null || seriesComplete,
                bookingId,
                participation == null ? null : new Participation(
                        ParticipationCode.of("participation.code", participation.code()), participation.methods(),
                        participation.chairedByChild()),
                attended,
                advocacy == null ? null : new Advocacy(advocacy.status(), advocacy.type(), advocacy.provider()),
                consultation == null ? List.of() : consultation.stream()
                        .map(c -> new Consultation(c.party(), c.sent(), c.returned())).toList(),
                new ReviewFacts(socialWorkReportReceivedOn, recommendationsIssuedOn, recordCompletedOn, letterSentOn));
    }
}
