package org.openiro.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.care.ChildSummary;
import org.openiro.care.port.out.ChildDirectory;
import org.openiro.children.ChildId;
import org.openiro.persistence.JdbcScheduleStore.NextReviewRow;
import org.openiro.reviews.NextReview;
import org.openiro.reviews.ReviewBasis;
import org.openiro.shared.Page;

@Singleton
class JdbcChildDirectory implements ChildDirectory {

    private static final String MATCHING = """
            FROM child WHERE authority = :authority
              AND (CAST(:withReviewDue AS BOOLEAN) = FALSE OR next_review_due IS NOT NULL)
              AND (CAST(:dueOnOrAfter AS DATE) IS NULL OR next_review_due >= :dueOnOrAfter)
              AND (CAST(:dueBefore AS DATE) IS NULL OR next_review_due < :dueBefore)
              AND (CAST(:iroId AS VARCHAR(36)) IS NULL OR EXISTS (SELECT 1 FROM iro_allocation a
                   WHERE a.authority = child.authority AND a.child_id = child.child_id AND a.held_to IS NULL
                     AND a.iro_id = :iroId))""";

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Rows extends GenericRepository<NextReviewRow, Long> {

        @Query(value = "SELECT id, authority, child_id, next_review_due, next_review_sequence, next_review_basis, "
                + "next_midway_date " + MATCHING + " ORDER BY next_review_due, child_id LIMIT :limit OFFSET :offset",
                nativeQuery = true)
        List<NextReviewRow> list(String authority, boolean withReviewDue, @Nullable LocalDate dueOnOrAfter,
                                 @Nullable LocalDate dueBefore, @Nullable String iroId, int limit, long offset);

        @Query(value = "SELECT count(*) " + MATCHING, nativeQuery = true)
        long count(String authority, boolean withReviewDue, @Nullable LocalDate dueOnOrAfter,
                   @Nullable LocalDate dueBefore, @Nullable String iroId);

        String OF_SOCIAL_WORKER = """
                FROM child WHERE authority = :authority AND EXISTS (SELECT 1 FROM child_social_worker s
                  WHERE s.authority = child.authority AND s.child_id = child.child_id
                    AND s.social_worker_id = :socialWorkerId)""";

        @Query(value = "SELECT id, authority, child_id, next_review_due, next_review_sequence, next_review_basis, "
                + "next_midway_date " + OF_SOCIAL_WORKER + " ORDER BY next_review_due, child_id LIMIT :limit OFFSET :offset",
                nativeQuery = true)
        List<NextReviewRow> ofSocialWorker(String authority, String socialWorkerId, int limit, long offset);

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

    private static ChildSummary summary(NextReviewRow row) {
        return new ChildSummary(ChildId.of(row.childId()), row.nextReviewDue() == null ? null
                : new NextReview(row.nextReviewDue(), row.nextReviewSequence(),
                        ReviewBasis.valueOf(row.nextReviewBasis()), row.nextMidwayDate()));
    }

    @Override
    public Page<ChildSummary> list(AuthorityCode authority, LocalDate dueOnOrAfter, LocalDate dueBefore,
                                   boolean withReviewDue, String iroId, Page.Request page) {
        List<ChildSummary> items = rows.list(authority.value(), withReviewDue, dueOnOrAfter, dueBefore, iroId,
                page.size(), page.offset()).stream().map(row -> new ChildSummary(ChildId.of(row.childId()),
                row.nextReviewDue() == null ? null : new NextReview(row.nextReviewDue(), row.nextReviewSequence(),
                        ReviewBasis.valueOf(row.nextReviewBasis()), row.nextMidwayDate()))).toList();
        return new Page<>(items, page.page(), page.size(),
                rows.count(authority.value(), withReviewDue, dueOnOrAfter, dueBefore, iroId));
    }
}
