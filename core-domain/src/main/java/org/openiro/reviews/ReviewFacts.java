package org.openiro.reviews;

import java.time.LocalDate;

/** The dates on which what is owed around a review was done; each null until it is. */
public record ReviewFacts(LocalDate socialWorkReportReceivedOn, LocalDate recommendationsIssuedOn,
                          LocalDate recordCompletedOn, LocalDate letterSentOn) {

    public static final ReviewFacts NONE = new ReviewFacts(null, null, null, null);
}
