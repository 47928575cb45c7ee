package org.openiro.reviews;

import java.time.LocalDate;

/**
 * A held review measured against the due date that stood when it was held, and when what follows it is due.
 *
 * @param sequence 1, 2 or 3 (third and later); null for a pathway plan review
 * @param owed the due dates around the review; null until the timetable adds them (the schedule alone does not
 *             know them)
 */
public record ReviewTiming(String reviewId, LocalDate dueDate, Integer sequence, ReviewBasis basis,
                           boolean inTimescale, DueDates owed) {

    public ReviewTiming(String reviewId, LocalDate dueDate, Integer sequence, ReviewBasis basis, boolean inTimescale) {
        this(reviewId, dueDate, sequence, basis, inTimescale, null);
    }

    public ReviewTiming owing(DueDates dueDates) {
        return new ReviewTiming(reviewId, dueDate, sequence, basis, inTimescale, dueDates);
    }
}
