package org.openiro.persistence.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** Roles and authorities are stored comma-separated: a handful of short codes each. */
@MappedEntity("local_user")
record LocalUserRow(@Id String username, String passwordHash, String roles, String authorities,
                    @Nullable String iroId, @Nullable String socialWorkerId) {
}
