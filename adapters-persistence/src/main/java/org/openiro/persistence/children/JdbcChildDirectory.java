package org.openiro.persistence.children;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.openiro.authority.AuthorityCode;
import org.openiro.care.ChildSummary;
import org.openiro.care.port.out.ChildDirectory;
import org.openiro.children.ChildId;
import org.openiro.reviews.NextReview;
import org.openiro.reviews.ReviewBasis;
import org.openiro.shared.Page;

@Singleton
class JdbcChildDirectory implements ChildDirectory {

    /** A line of the list as the child's row holds it: the id, the name and the next review, in one read. */
    @MappedEntity("child")
    record ListedChildRow(@Id @Nullable Long id, String childId, @Nullable String name,
                          @Nullable LocalDate nextReviewDue, @Nullable Integer nextReviewSequence,
                          @Nullable String nextReviewBasis, @Nullable LocalDate nextMidwayDate) {
    }

    // The name as a LIKE pattern made in Java ('!' escapes the wildcards a name may hold), null for any name: the
    // same on PostgreSQL and on the embedded H2. No index serves it: the authority's rows are read, as for the count.
    private static final String MATCHING = """
            FROM child WHERE authority = :authority
              AND (CAST(:withReviewDue AS BOOLEAN) = FALSE OR next_review_due IS NOT NULL)
              AND (CAST(:dueOnOrAfter AS DATE) IS NULL OR next_review_due >= :dueOnOrAfter)
              AND (CAST(:dueBefore AS DATE) IS NULL OR next_review_due < :dueBefore)
              AND (CAST(:iroId AS VARCHAR(36)) IS NULL OR EXISTS (SELECT 1 FROM iro_allocation a
                   WHERE a.authority = child.authority AND a.child_id = child.child_id AND a.held_to IS NULL
                     AND a.iro_id = :iroId))
              AND (CAST(:namePattern AS VARCHAR(1000)) IS NULL OR LOWER(name) LIKE :namePattern ESCAPE '!')""";

    private static final String COLUMNS = "SELECT id, child_id, name, next_review_due, next_review_sequence, "
            + "next_review_basis, next_midway_date ";

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Rows extends GenericRepository<ListedChildRow, Long> {

        @Query(value = COLUMNS + MATCHING + " ORDER BY next_review_due, child_id LIMIT :limit OFFSET :offset",
                nativeQuery = true)
        List<ListedChildRow> list(String authority, boolean withReviewDue, @Nullable LocalDate dueOnOrAfter,
                                  @Nullable LocalDate dueBefore, @Nullable String iroId, @Nullable String namePattern,
                                  int limit, long offset);

        @Query(value = "SELECT count(*) " + MATCHING, nativeQuery = true)
        long count(String authority, boolean withReviewDue, @Nullable LocalDate dueOnOrAfter,
                   @Nullable LocalDate dueBefore, @Nullable String iroId, @Nullable String namePattern);

        @Query(value = "SELECT count(*) FROM child WHERE authority = :authority AND child_id = :childId",
                nativeQuery = true)
        long countWithId(String authority, String childId);

        String OF_SOCIAL_WORKER = """
                FROM child WHERE authority = :authority AND EXISTS (SELECT 1 FROM child_social_worker s
                  WHERE s.authority = child.authority AND s.child_id = child.child_id
                    AND s.social_worker_id = :socialWorkerId)""";

        @Query(value = COLUMNS + OF_SOCIAL_WORKER + " ORDER BY next_review_due, child_id LIMIT :limit OFFSET :offset",
                nativeQuery = true)
        List<ListedChildRow> ofSocialWorker(String authority, String socialWorkerId, int limit, long offset);

        @Query(value = "SELECT count(*) " + OF_SOCIAL_WORKER, nativeQuery = true)
        long countOfSocialWorker(String authority, String socialWorkerId);
    }

    private final Rows rows;

    JdbcChildDirectory(Rows rows) {
        this.rows = rows;
    }

    @Override
    public Page<ChildSummary> ofSocialWorker(AuthorityCode authority, String socialWorkerId, Page.Request page) {
        List<ChildSummary> items = rows.ofSocialWorker(authority.value(), socialWorkerId, page.size(), page.offset())
                .stream().map(JdbcChildDirectory::summary).toList();
        return new Page<>(items, page.page(), page.size(), rows.countOfSocialWorker(authority.value(), socialWorkerId));
    }

    private static ChildSummary summary(ListedChildRow row) {
        return new ChildSummary(ChildId.of(row.childId()), row.name(), row.nextReviewDue() == null ? null
                : new NextReview(row.nextReviewDue(), row.nextReviewSequence(),
                        ReviewBasis.valueOf(row.nextReviewBasis()), row.nextMidwayDate()));
    }

    /** Part of a name as a LIKE pattern matching it anywhere, whatever its case; null for none. */
    static String containing(String part) {
        if (part == null) {
            return null;
        }
        String escaped = part.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    @Override
    public Page<ChildSummary> list(AuthorityCode authority, LocalDate dueOnOrAfter, LocalDate dueBefore,
                                   boolean withReviewDue, String iroId, String nameContains, Page.Request page) {
        String pattern = containing(nameContains);
        List<ChildSummary> items = rows.list(authority.value(), withReviewDue, dueOnOrAfter, dueBefore, iroId, pattern,
                page.size(), page.offset()).stream().map(JdbcChildDirectory::summary).toList();
        return new Page<>(items, page.page(), page.size(),
                rows.count(authority.value(), withReviewDue, dueOnOrAfter, dueBefore, iroId, pattern));
    }

    @Override
    public boolean exists(AuthorityCode authority, ChildId childId) {
        return rows.countWithId(authority.value(), childId.value()) > 0;
    }
}
