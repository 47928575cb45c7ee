package org.openiro.audit;

import java.time.Instant;

/** Filters on the audit trail; each null when not given. {@code to} is exclusive. */
public record AuditQuery(String resource, String resourceId, Instant from, Instant to) {
}
