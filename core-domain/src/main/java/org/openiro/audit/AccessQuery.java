package org.openiro.audit;

import java.time.Instant;

/** Filters on the access log; each null when not given. {@code to} is exclusive. */
public record AccessQuery(String username, AccessKind kind, String resource, String resourceId, Instant from,
                          Instant to) {
}
