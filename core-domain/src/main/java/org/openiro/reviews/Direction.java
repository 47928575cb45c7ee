package org.openiro.reviews;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A direction that the child's next review be held by {@code dueBy}, made on {@code directedOn}. It applies to the
 * next review held after it, and to no later one.
 */
public record Direction(LocalDate dueBy, BringForwardReason reason, LocalDate directedOn) {
    public Direction {
        Objects.requireNonNull(dueBy, "dueBy");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(directedOn, "directedOn");
    }
}
