package org.openiro.persistence.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("relay_lease")
record RelayLeaseRow(@Id String name, @Nullable String holder, Instant expiresAt) {
}
