package org.openiro.children;

import java.time.LocalDate;
import java.util.List;

/**
 * Something the record says that cannot be true, shown on the child's record and put on the IRO's worklist for
 * someone to correct, rather than silently worked around.
 */
public enum DataProblem {

    /**
     * A period of care still open on or after the 18th birthday (domain.md, "At 18"): a young person of 18 is no
     * longer a looked-after child, so the period should have ended on the birthday at the latest. No looked-after
     * review is scheduled for them meanwhile.
     */
    CARE_NOT_ENDED_AT_18("care-not-ended-at-18");

    private final String id;

    DataProblem(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The problems on {@code today} of a child born on {@code dateOfBirth}, in an open period of care or not. */
    public static List<DataProblem> of(LocalDate dateOfBirth, boolean inOpenPeriodOfCare, LocalDate today) {
        return inOpenPeriodOfCare && !today.isBefore(Child.eighteenthBirthday(dateOfBirth))
                ? List.of(CARE_NOT_ENDED_AT_18) : List.of();
    }
}
