package org.openiro.reviews;

import java.time.LocalDate;

/**
 * A held review measured against the due date that stood when it was held, and when what follows it is due.
 *
 * @param dueDate null when nothing says when it was due: the first review of a period of care whose start the records
 *                do not show (basis {@code start-not-known})
 * @param sequence 1, 2 or 3 (third and later); null for a pathway plan review, or where the reviews before are not
 *                 known
 * @param inTimescale null when it cannot be measured (no due date): neither in nor out of timescale
 * @param owed the due dates around the review; null until the timetable adds them (the schedule alone does not
 *             know them)
 */
public record ReviewTiming(String reviewId, LocalDate dueDate, Integer sequence, ReviewBasis basis,
                           Boolean inTimescale, DueDates owed) {

    public ReviewTiming(String reviewId, LocalDate dueDate, Integer sequence, ReviewBasis basis, Boolean inTimescale) {
        this(reviewId, dueDate, sequence, basis, inTimescale, null);
    }

    /** Whether it has a due date to be measured against. */
    public boolean measured() {
        return dueDate != null;
    }

    public ReviewTiming owing(DueDates dueDates) {
        return new ReviewTiming(reviewId, dueDate, sequence, basis, inTimescale, dueDates);
    }
}
