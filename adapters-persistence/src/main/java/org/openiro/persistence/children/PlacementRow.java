package org.openiro.persistence.children;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.LocalDate;

@MappedEntity("placement")
public record PlacementRow(@Id @GeneratedValue @Nullable Long id, String authority, String childId, Long periodId,
                    LocalDate startDate, String type, @MappedProperty("over_20_miles") @Nullable Boolean over20Miles,
                    @Nullable Boolean planned) {
}
