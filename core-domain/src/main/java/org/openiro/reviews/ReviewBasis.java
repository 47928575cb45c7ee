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
    PATHWAY_PLAN("pathway-plan");

    private final String id;

    ReviewBasis(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
