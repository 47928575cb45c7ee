package org.openiro.reviews;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When the child's next review is due.
 *
 * @param sequence 1 for a first review, 2 for a second, 3 for any later one; null for a pathway plan review
 */
public record NextReview(LocalDate dueDate, Integer sequence, ReviewBasis basis) {
    public NextReview {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(basis, "basis");
    }
}
