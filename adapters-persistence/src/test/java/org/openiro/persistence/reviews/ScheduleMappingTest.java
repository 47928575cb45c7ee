package org.openiro.persistence.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openiro.authority.AuthorityCode;
import org.openiro.calendar.SupportedDates;
import org.openiro.children.ChildId;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.persistence.Database;
import org.openiro.reviews.NextReview;
import org.openiro.reviews.ReviewBasis;
import org.openiro.reviews.port.out.ScheduleStore;

/**
 * A child's next review (NextReviewRow, on the child's row) saved and read back, on H2 and PostgreSQL, is as saved:
 * dates at the supported calendar's ends, the sequence at its largest, the midway date and the sequence null, and
 * none at all; read directly, for the authority, and from the child's lock.
 */
class ScheduleMappingTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void the_next_review_reads_back_equal(Database db) {
        AuthorityCode authority = AuthorityCode.of(Database.fresh("map"));
        ChildId child = ChildId.of("c");
        db.child(authority.value(), child.value());
        ScheduleStore schedule = db.bean(ScheduleStore.class);
        NextReview widest = new NextReview(SupportedDates.LAST, Integer.MAX_VALUE, ReviewBasis.UNREGULATED_PLACEMENT,
                SupportedDates.FIRST);
        NextReview bare = new NextReview(SupportedDates.FIRST, null, ReviewBasis.CARE_START, null);

        for (NextReview next : new NextReview[] {widest, bare}) {
            db.inTransaction(() -> schedule.save(authority, child, Optional.of(next)));

            assertThat(db.inTransaction(() -> schedule.next(authority, child))).contains(next);
            assertThat(db.inTransaction(() -> schedule.nextOfAuthority(authority).get(child))).isEqualTo(next);
            assertThat(db.inTransaction(() -> {
                db.bean(ChildRepository.class).findForChange(authority, child).orElseThrow();
                return schedule.next(authority, child);
            })).contains(next);
        }

        db.inTransaction(() -> schedule.save(authority, child, Optional.empty()));
        assertThat(db.inTransaction(() -> schedule.next(authority, child))).isEmpty();
    }
}
