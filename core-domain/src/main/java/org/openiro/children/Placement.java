package org.openiro.children;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where the child lives from {@code start}. A change of type without a move (placed for adoption with the same
 * carers) is a new placement too.
 *
 * @param over20Miles more than 20 miles from the child's home address; null when not known
 * @param planned whether the move was planned; null when not recorded
 */
public record Placement(LocalDate start, PlacementType type, Boolean over20Miles, Boolean planned) {
    public Placement {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(type, "type");
    }
}
