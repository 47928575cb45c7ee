package org.openiro.audit;

import java.time.Instant;
import org.openiro.authority.AuthorityCode;

/**
 * One successful write: who, when, in which authority, what (the resource, its id and the action) and the request
 * it came in, so a change can be traced back to a person and to the authority's own request logs.
 */
public record AuditEntry(long sequence, Instant at, AuthorityCode authority, String username, String action,
                         String resource, String resourceId, String method, String path, String requestId) {
}
