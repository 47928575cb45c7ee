package org.openiro.reviews;

import java.time.LocalDate;

/**
 * The dates on which what is owed around a review was done; each null until it is.
 *
 * @param recorded whether the service is told what was done around the review: false for a review imported from an
 *                 SSDA903 return, which carries none of it, so that its deadlines are not recorded rather than missed
 */
public record ReviewFacts(LocalDate socialWorkReportReceivedOn, LocalDate recommendationsIssuedOn,
                          LocalDate recordCompletedOn, LocalDate letterSentOn, boolean recorded) {

    public static final ReviewFacts NONE = new ReviewFacts(null, null, null, null);
    /** Nothing known of what was done around the review: it was held before the service knew of it. */
    public static final ReviewFacts NOT_RECORDED = new ReviewFacts(null, null, null, null, false);

    /**
     * These facts as a correction of {@code before}: a review whose follow-up was not recorded (imported) is followed
     * from the first follow-up date someone records on it, not merely because its other details changed.
     */
    public ReviewFacts followingOn(ReviewFacts before) {
        boolean anyDate = socialWorkReportReceivedOn != null || recommendationsIssuedOn != null
                || recordCompletedOn != null || letterSentOn != null;
        return new ReviewFacts(socialWorkReportReceivedOn, recommendationsIssuedOn, recordCompletedOn, letterSentOn,
                before.recorded() || anyDate);
    }

    /** Facts the service was told; once any is recorded, every one of them is followed. */
    public ReviewFacts(LocalDate socialWorkReportReceivedOn, LocalDate recommendationsIssuedOn,
                       LocalDate recordCompletedOn, LocalDate letterSentOn) {
        this(socialWorkReportReceivedOn, recommendationsIssuedOn, recordCompletedOn, letterSentOn, true);
    }
}
