package org.openiro.persistence.reviews;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;

@MappedEntity("review")
public record ReviewRow(@Id String id, String authority, String childId, String kind, String meetingDates,
                 LocalDate firstMeeting, LocalDate lastMeeting, boolean seriesComplete, @Nullable String bookingId,
                 @Nullable String participationCode, @Nullable String participationMethods,
                 @Nullable String chairedByChild, @Nullable Boolean attended, @Nullable String advocacyStatus,
                 @Nullable String advocacyType, @Nullable String advocacyProvider, @Nullable String consultation,
                 @Nullable LocalDate socialWorkReportReceivedOn, @Nullable LocalDate recommendationsIssuedOn,
                 @Nullable LocalDate recordCompletedOn, @Nullable LocalDate letterSentOn, @Nullable LocalDate dueDate,
                 @Nullable Integer sequence, @Nullable String basis, @Nullable Boolean inTimescale,
                 @Nullable LocalDate reportDue, @Nullable LocalDate recommendationsDue, @Nullable LocalDate recordDue,
                 @Nullable LocalDate letterDue, boolean followUpRecorded, @Version Long version) {
}
