package org.openiro.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openiro.children.Child;
import org.openiro.children.DataProblem;
import org.openiro.children.LegalStatus;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
import org.openiro.reviews.NextReview;

/** A child as the IRO service sees them on a day: the register entry, whether looked after, and what is due. */
public record ChildRecord(Child child, LocalDate asOf, Optional<NextReview> nextReview, Optional<HeldBy> iro) {

    /** The child's current IRO, since when, and how many IROs they have had in their latest period of care. */
    public record HeldBy(String iroId, LocalDate from, int irosThisPeriod) {
    }

    public boolean lookedAfter() {
        return child.isLookedAfterOn(asOf);
    }

    public Optional<PeriodOfCare> currentPeriod() {
        return child.currentPeriod();
    }

    public Optional<Placement> currentPlacement() {
        return currentPeriod().flatMap(p -> p.placementOn(asOf));
    }

    public Optional<LegalStatus> currentLegalStatus() {
        return currentPeriod().flatMap(p -> p.legalStatusOn(asOf));
    }

    /** What the record says that cannot be true today, for someone to correct. */
    public List<DataProblem> dataProblems() {
        return child.dataProblems(asOf);
    }
}
