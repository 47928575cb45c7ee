package org.openiro.persistence.authority;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("authority")
record AuthorityRow(@Id String code, String name, String policy, @Nullable LocalDate policyFrom,
                    @Nullable Integer childPopulation, Instant updatedAt) {
}
