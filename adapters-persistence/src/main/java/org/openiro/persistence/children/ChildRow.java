package org.openiro.persistence.children;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

@MappedEntity("child")
public record ChildRow(@Id @GeneratedValue @Nullable Long id, String authority, String childId, @Nullable String name,
                LocalDate dateOfBirth, String gender, String ethnicity, boolean uasc, boolean disability) {
}
