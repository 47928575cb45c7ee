package org.openiro.children;

import java.time.LocalDate;
import java.util.Objects;

/** The legal status a child is looked after under, from a date until the next change. */
public record LegalStatusSpell(LocalDate from, LegalStatus status) {
    public LegalStatusSpell {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(status, "status");
    }
}
