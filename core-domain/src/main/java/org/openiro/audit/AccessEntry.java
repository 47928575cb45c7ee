package org.openiro.audit;

import java.time.Instant;
import org.openiro.authority.AuthorityCode;

/**
 * One access to personal data that changed nothing, as Caldicott and UK GDPR access logging expect: a child's record
 * opened, a file exported, or a request under an authority refused (403/404). Who, when, what (the resource and its
 * id), how it was answered, and the request it came in; never what was seen.
 */
public record AccessEntry(long sequence, Instant at, AuthorityCode authority, String username, AccessKind kind,
                          String resource, String resourceId, String method, String path, int status,
                          String requestId) {
}
