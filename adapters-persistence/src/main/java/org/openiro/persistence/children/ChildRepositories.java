package org.openiro.persistence.children;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** The row repositories behind {@link JdbcChildRepository}; each query names the authority. */
public final class ChildRepositories {

    private ChildRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface ChildRows extends CrudRepository<ChildRow, Long> {
        Optional<ChildRow> findByAuthorityAndChildId(String authority, String childId);

        @io.micronaut.data.annotation.Query(value = "SELECT child_id FROM child WHERE authority = :authority"
                + " ORDER BY child_id", nativeQuery = true)
        List<String> childIds(String authority);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface PeriodRows extends CrudRepository<PeriodOfCareRow, Long> {
        List<PeriodOfCareRow> findByAuthorityAndChildIdOrderByStartDate(String authority, String childId);

        void deleteByAuthorityAndChildId(String authority, String childId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface LegalStatusRows extends CrudRepository<LegalStatusRow, Long> {
        List<LegalStatusRow> findByAuthorityAndChildId(String authority, String childId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface PlacementRows extends CrudRepository<PlacementRow, Long> {
        List<PlacementRow> findByAuthorityAndChildId(String authority, String childId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface SocialWorkerRows extends CrudRepository<SocialWorkerRow, Long> {
        Optional<SocialWorkerRow> findByAuthorityAndChildId(String authority, String childId);
    }
}
