package org.openiro.reviews;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When the child's next review is due.
 *
 * @param sequence 1 for a first review, 2 for a second, 3 for any later one; null for a pathway plan review
 * @param midwayDate halfway, in calendar days, between the last review (or care starting) and the due date: when
 *        the IRO checks the plan's progress
 */
public record NextReview(LocalDate dueDate, Integer sequence, ReviewBasis basis, LocalDate midwayDate) {
    public NextReview {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(basis, "basis");
    }

    public NextReview(LocalDate dueDate, Integer sequence, ReviewBasis basis) {
        this(dueDate, sequence, basis, null);
    }

    public boolean sameDueAs(NextReview other) {
        return other != null && dueDate.equals(other.dueDate) && Objects.equals(sequence, other.sequence)
                && basis == other.basis;
    }
}
