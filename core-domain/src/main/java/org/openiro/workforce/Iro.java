package org.openiro.workforce;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.LocalId;

/**
 * An Independent Reviewing Officer of the service. Duties say what they chair: looked-after children's reviews
 * ({@code cla}), child protection conferences ({@code cp-chair}), foster carers' reviews ({@code fostering}).
 *
 * @param to the last day they work in the service; null while they do
 */
public record Iro(String id, String name, String email, double fte, String employment, String team,
                  Set<String> duties, Set<String> specialisms, LocalDate from, LocalDate to) {

    public static final Set<String> EMPLOYMENT = Set.of("permanent", "fixed-term", "agency");
    public static final Set<String> DUTIES = Set.of("cla", "cp-chair", "fostering");

    public Iro {
        LocalId.require("iroId", id);
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "must not be blank");
        }
        if (!(fte > 0 && fte <= 1.5)) {
            throw new InvalidInput("fte", "must be more than 0 and at most 1.5");
        }
        if (!EMPLOYMENT.contains(employment)) {
            throw new InvalidInput("employment", "must be permanent, fixed-term or agency");
        }
        duties = duties == null || duties.isEmpty() ? Set.of("cla") : Set.copyOf(duties);
        for (String duty : duties) {
            if (!DUTIES.contains(duty)) {
                throw new InvalidInput("duties", "unknown duty " + duty + "; one of "
                        + String.join(", ", new TreeSet<>(DUTIES)));
            }
        }
        specialisms = specialisms == null ? Set.of() : Set.copyOf(specialisms);
        if (from == null) {
            throw new InvalidInput("from", "is required");
        }
        if (to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "must not be before from");
        }
    }

    public boolean worksOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** Fostering IROs chair foster carers' reviews: they are left out of looked-after caseloads. */
    public boolean holdsLookedAfterCaseload() {
        return duties.contains("cla");
    }
}
