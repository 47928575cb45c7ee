package org.openiro.reviews;

import java.time.LocalDate;

/**
 * A held review measured against the due date that stood when it was held.
 *
 * @param sequence 1, 2 or 3 (third and later); null for a pathway plan review
 */
public record ReviewTiming(String reviewId, LocalDate dueDate, Integer sequence, ReviewBasis basis,
                           boolean inTimescale) {
}
