package org.openiro.quality;

import java.util.Map;
import java.util.Optional;
import org.openiro.children.ChildId;
import org.openiro.quality.FootprintCheck.Result;

/**
 * One child of an audit's sample: the IRO they had on the audit's day, their auditor, the footprint checks (for a
 * footprint audit; empty for a dip sample) and the findings once recorded.
 */
public record AuditedChild(ChildId childId, String iroId, String auditor, Map<FootprintCheck, Result> checks,
                           Findings findings) {

    public AuditedChild {
        checks = checks == null ? Map.of() : java.util.Collections.unmodifiableMap(
                checks.isEmpty() ? Map.of() : new java.util.EnumMap<>(checks));
    }

    public Optional<Findings> recorded() {
        return Optional.ofNullable(findings);
    }

    public AuditedChild withFindings(Findings recorded) {
        return new AuditedChild(childId, iroId, auditor, checks, recorded);
    }
}
