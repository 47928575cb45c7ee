package org.openiro.quality;

import java.util.Optional;
import org.openiro.children.ChildId;
import org.openiro.reviews.Deadline;

/**
 * A review's QA form as a page shows it: when it is due and whether it was done in time, the questions it is (or
 * would be) answered against, the form if there is one, and any alert its answers offer.
 *
 * @param deadline due with the review's record ({@code met}, {@code late}, {@code pending}, {@code missed}, or
 *                 {@code not-recorded} for a review imported from an SSDA903 return); null while the review's series
 *                 of meetings is still open
 * @param template the version the form was completed under, or the current one for a form not yet completed
 */
public record ReviewQa(String reviewId, ChildId childId, Deadline deadline, QaTemplate template,
                       Optional<QaForm> form, Optional<AlertOffer> alertOffer) {
}
