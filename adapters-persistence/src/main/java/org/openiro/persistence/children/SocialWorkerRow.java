package org.openiro.persistence.children;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("child_social_worker")
public record SocialWorkerRow(@Id @GeneratedValue @Nullable Long id, String authority, String childId, String socialWorkerId,
                       String name, String email, @Nullable String team, @Nullable String teamManagerId,
                       @Nullable String teamManagerName, @Nullable String teamManagerEmail) {
}
