package org.openiro.quality;

import java.util.Arrays;
import org.openiro.shared.InvalidInput;

/**
 * A dip sample of a chosen cohort, or a peer audit of one IRO's footprint on their children's records (the checks
 * the service can compute, beside the peer's own answers).
 */
public enum AuditKind {
    DIP_SAMPLE("dip-sample"), FOOTPRINT("footprint");

    private final String id;

    AuditKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static AuditKind of(String field, String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst()
                .orElseThrow(() -> new InvalidInput(field, "must be dip-sample or footprint"));
    }
}
