package org.openiro.persistence.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("outbox_event")
record OutboxRow(@Id Long sequence, String id, String authority, String type, String topic, String eventKey,
                 String source, String subject, Instant occurredAt, String data, @Nullable String uniqueKey,
                 @Nullable Instant publishedAt) {
}
