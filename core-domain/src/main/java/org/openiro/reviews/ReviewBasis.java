package org.openiro.reviews;

/** Which rule set a review's due date (api.md): when several apply, the earliest date wins and names its rule. */
public enum ReviewBasis {
    CARE_START("care-start"),
    AFTER_REVIEW("after-review"),
    PRE_ADOPTIVE_PLACEMENT("pre-adoptive-placement"),
    PLACEMENT_ORDER("placement-order"),
    UNREGULATED_PLACEMENT("unregulated-placement"),
    SHORT_BREAKS("short-breaks"),
    BROUGHT_FORWARD("brought-forward"),
    PATHWAY_PLAN("pathway-plan"),
    /**
     * Care began before the records do (an SSDA903 import whose first episode is not {@code RNE = S}): the first
     * review held has no due date, and until it is held one is due at the latest a later review's interval after the
     * first day on record.
     */
    START_NOT_KNOWN("start-not-known");

    private final String id;

    ReviewBasis(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
