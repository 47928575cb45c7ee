package org.openiro.persistence.reviews;

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
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.reviews.NextReview;
import org.openiro.reviews.ReviewBasis;
import org.openiro.reviews.port.out.ScheduleStore;

/** Each child's next review, kept in columns of the child's row. */
@Singleton
public class JdbcScheduleStore implements ScheduleStore {

    @MappedEntity("child")
    public record NextReviewRow(@Id @Nullable Long id, String authority, String childId, @Nullable LocalDate nextReviewDue,
                         @Nullable Integer nextReviewSequence, @Nullable String nextReviewBasis,
                         @Nullable LocalDate nextMidwayDate) {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface NextReviews extends GenericRepository<NextReviewRow, Long> {
        Optional<NextReviewRow> findByAuthorityAndChildId(String authority, String childId);

        List<NextReviewRow> findByNextReviewDueLessThanEquals(LocalDate until);

        List<NextReviewRow> findByAuthorityAndNextReviewDueIsNotNull(String authority);

        @Query("""
                UPDATE child SET next_review_due = :due, next_review_sequence = :sequence, next_review_basis = :basis,
                       next_midway_date = :midway
                WHERE authority = :authority AND child_id = :childId""")
        int set(String authority, String childId, @Nullable LocalDate due, @Nullable Integer sequence,
                @Nullable String basis, @Nullable LocalDate midway);
    }

    private final NextReviews rows;
    private final LockedChildren locked;

    JdbcScheduleStore(NextReviews rows, LockedChildren locked) {
        this.rows = rows;
        this.locked = locked;
    }

    /** From the row as the transaction locked it, when it did (see {@link LockedChildren}). */
    @Override
    public Optional<NextReview> next(AuthorityCode authority, ChildId child) {
        return locked.row(authority.value(), child.value())
                .or(() -> rows.findByAuthorityAndChildId(authority.value(), child.value()))
                .flatMap(JdbcScheduleStore::toNext);
    }

    @Override
    public void save(AuthorityCode authority, ChildId child, Optional<NextReview> next) {
        LocalDate due = next.map(NextReview::dueDate).orElse(null);
        Integer sequence = next.map(NextReview::sequence).orElse(null);
        String basis = next.map(n -> n.basis().name()).orElse(null);
        LocalDate midway = next.map(NextReview::midwayDate).orElse(null);
        rows.set(authority.value(), child.value(), due, sequence, basis, midway);
        locked.changed(new NextReviewRow(null, authority.value(), child.value(), due, sequence, basis, midway));
    }

    @Override
    public java.util.Map<ChildId, NextReview> nextOfAuthority(AuthorityCode authority) {
        java.util.Map<ChildId, NextReview> next = new java.util.HashMap<>();
        rows.findByAuthorityAndNextReviewDueIsNotNull(authority.value())
                .forEach(row -> toNext(row).ifPresent(n -> next.put(ChildId.of(row.childId()), n)));
        return next;
    }

    @Override
    public List<Due> dueOnOrBefore(LocalDate until) {
        return rows.findByNextReviewDueLessThanEquals(until).stream()
                .map(row -> new Due(AuthorityCode.of(row.authority()), ChildId.of(row.childId()),
                        toNext(row).orElseThrow())).toList();
    }

    public static Optional<NextReview> toNext(NextReviewRow row) {
        return row.nextReviewDue() == null ? Optional.empty() : Optional.of(new NextReview(row.nextReviewDue(),
                row.nextReviewSequence(), ReviewBasis.valueOf(row.nextReviewBasis()), row.nextMidwayDate()));
    }
}
