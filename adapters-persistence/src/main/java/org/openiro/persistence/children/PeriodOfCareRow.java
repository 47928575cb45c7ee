package org.openiro.persistence.children;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

@MappedEntity("period_of_care")
public record PeriodOfCareRow(@Id @GeneratedValue @Nullable Long id, String authority, String childId, LocalDate startDate,
                       @Nullable LocalDate endDate, @Nullable String endReason, boolean startKnown) {
}
