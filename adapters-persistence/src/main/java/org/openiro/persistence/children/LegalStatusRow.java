package org.openiro.persistence.children;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

@MappedEntity("legal_status")
public record LegalStatusRow(@Id @GeneratedValue @Nullable Long id, String authority, String childId, Long periodId,
                      LocalDate fromDate, String code, boolean shortBreak) {
}
