package org.openiro.reviews;

import java.util.Objects;

/** What the schedule needs to know of a review: when its meetings were, and whether its series is complete. */
public record HeldReview(String id, ReviewKind kind, Meetings meetings, boolean complete) {
    public HeldReview {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(meetings, "meetings");
    }
}
