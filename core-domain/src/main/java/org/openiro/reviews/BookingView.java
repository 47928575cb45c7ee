package org.openiro.reviews;

import java.util.Optional;

/** A booking with the child's next review, and so whether it falls after the due date. */
public record BookingView(Booking booking, Optional<NextReview> next) {

    public boolean afterDueDate() {
        return next.isPresent() && booking.date().isAfter(next.get().dueDate());
    }
}
