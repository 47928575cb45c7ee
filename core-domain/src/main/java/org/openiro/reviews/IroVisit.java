package org.openiro.reviews;

import java.time.LocalDate;
import java.util.Set;

/** The IRO seeing a child in an unregulated placement ({@code visit}) or recording weekly oversight. */
public record IroVisit(String id, LocalDate date, String kind, String notes) {
    public static final Set<String> KINDS = Set.of("visit", "oversight");
}
