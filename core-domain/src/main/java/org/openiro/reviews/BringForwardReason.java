package org.openiro.reviews;

import java.util.Arrays;
import org.openiro.shared.InvalidInput;

/**
 * Why a review is brought forward: regulation 33(3) of the Care Planning, Placement and Case Review (England)
 * Regulations 2010, regulation 17, and practice for significant changes and unplanned moves (domain.md).
 */
public enum BringForwardReason {
    IRO_DIRECTION("iro-direction"),
    PLACEMENT_NOT_SAFEGUARDING("placement-not-safeguarding"),
    LEAVING_REMAND_OR_DETENTION("leaving-remand-or-detention"),
    SECTION_20_ENDING("section-20-ending"),
    PLACEMENT_WITH_PARENT("placement-with-parent"),
    SIGNIFICANT_CHANGE("significant-change"),
    UNPLANNED_MOVE("unplanned-move");

    private final String id;

    BringForwardReason(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static BringForwardReason of(String field, String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst().orElseThrow(() -> new InvalidInput(
                field, "must be one of iro-direction, placement-not-safeguarding, leaving-remand-or-detention, "
                        + "section-20-ending, placement-with-parent, significant-change, unplanned-move"));
    }
}
