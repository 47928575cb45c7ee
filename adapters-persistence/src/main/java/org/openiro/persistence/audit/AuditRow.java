package org.openiro.persistence.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("audit_event")
record AuditRow(@Id @GeneratedValue @Nullable Long sequence, Instant occurredAt, String authority, String username,
                String action, String resource, @Nullable String resourceId, String method, String path,
                String requestId) {
}
