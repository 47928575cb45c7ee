package org.openiro.care;

import java.util.Optional;
import org.openiro.children.Child;
import org.openiro.children.PeriodOfCare;
import org.openiro.reviews.NextReview;

/** A child as the IRO service sees them today: the register entry, whether looked after, and what is due. */
public record ChildRecord(Child child, boolean lookedAfter, Optional<NextReview> nextReview) {

    public Optional<PeriodOfCare> currentPeriod() {
        return child.currentPeriod();
    }
}
