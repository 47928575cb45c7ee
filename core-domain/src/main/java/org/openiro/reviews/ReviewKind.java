package org.openiro.reviews;

import org.openiro.shared.InvalidInput;

/** A looked-after child's statutory review, or a care leaver's pathway plan review chaired by an IRO. */
public enum ReviewKind {
    CLA("cla"), PATHWAY_PLAN("pathway-plan");

    private static final ReviewKind[] KINDS = values();

    private final String id;

    ReviewKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static ReviewKind of(String field, String id) {
        // A loop, not a stream: called for every review an adapter reads (issue 23, sixth step).
        for (ReviewKind kind : KINDS) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new InvalidInput(field, "must be cla or pathway-plan");
    }
}
