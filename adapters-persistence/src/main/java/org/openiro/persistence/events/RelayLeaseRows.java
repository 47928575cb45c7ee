package org.openiro.persistence.events;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RelayLeaseRows extends GenericRepository<RelayLeaseRow, String> {

    /** One conditional update decides the holder, so two instances racing for it cannot both win. */
    @Query("""
            UPDATE relay_lease SET holder = :holder, expires_at = :until
            WHERE name = :name AND (holder = :holder OR holder IS NULL OR expires_at < :now)""")
    int hold(String name, String holder, Instant now, Instant until);

    @Query("UPDATE relay_lease SET holder = NULL, expires_at = :now WHERE name = :name AND holder = :holder")
    int release(String name, String holder, Instant now);
}
