package org.openiro.reviews;

import java.util.Arrays;
import org.openiro.shared.InvalidInput;

/** A looked-after child's statutory review, or a care leaver's pathway plan review chaired by an IRO. */
public enum ReviewKind {
    CLA("cla"), PATHWAY_PLAN("pathway-plan");

    private final String id;

    ReviewKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static ReviewKind of(String field, String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst()
                .orElseThrow(() -> new InvalidInput(field, "must be cla or pathway-plan"));
    }
}
