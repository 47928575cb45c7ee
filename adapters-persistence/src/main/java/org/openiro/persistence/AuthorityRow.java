package org.openiro.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("authority")
record AuthorityRow(@Id String code, String name, String policy, @Nullable Integer childPopulation, Instant updatedAt) {
}
