package org.openiro.reviews;

import java.time.LocalDate;

/**
 * Something owed around a review, by a date. {@code met} on or before it, {@code late} after it, {@code pending} while
 * not done and not yet due, {@code missed} once due and not done.
 */
public record Deadline(LocalDate due, LocalDate metOn, Status status) {

    public enum Status {
        MET("met"), LATE("late"), PENDING("pending"), MISSED("missed"),
        /** Held before the service knew of the review (an SSDA903 import): nobody told it what was done. */
        NOT_RECORDED("not-recorded");

        private final String id;

        Status(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public static Deadline of(LocalDate due, LocalDate metOn, LocalDate today) {
        Status status = metOn != null ? (metOn.isAfter(due) ? Status.LATE : Status.MET)
                : today.isAfter(due) ? Status.MISSED : Status.PENDING;
        return new Deadline(due, metOn, status);
    }
}
