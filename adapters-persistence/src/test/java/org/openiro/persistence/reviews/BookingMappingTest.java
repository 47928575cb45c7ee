package org.openiro.persistence.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openiro.authority.AuthorityCode;
import org.openiro.calendar.SupportedDates;
import org.openiro.children.ChildId;
import org.openiro.persistence.Database;
import org.openiro.reviews.Booking;
import org.openiro.reviews.IroVisit;
import org.openiro.reviews.MidwayReview;
import org.openiro.reviews.port.out.BookingRepository;

/**
 * Bookings (BookingRow, RearrangementRow), midway reviews (MidwayRow) and IRO visits (VisitRow) written and read back,
 * on H2 and PostgreSQL, are as written: dates at the supported calendar's ends, ids at their columns' length, long
 * notes and none, a booking as first made and after it was rearranged and adjourned.
 */
class BookingMappingTest {

    private static final LocalDate FIRST = SupportedDates.FIRST;
    private static final LocalDate LAST = SupportedDates.LAST;

    @ParameterizedTest
    @EnumSource(Database.class)
    void a_booking_reads_back_equal_as_made_and_after_it_was_rearranged_and_adjourned(Database db) {
        AuthorityCode authority = AuthorityCode.of(Database.fresh("map"));
        ChildId child = ChildId.of("c".repeat(36));
        db.child(authority.value(), child.value());
        BookingRepository bookings = db.bean(BookingRepository.class);
        String id = Database.fresh("b").repeat(4).substring(0, 36);
        Booking made = new Booking(id, authority, child, FIRST, LAST, List.of(), null, 0);

        db.inTransaction(() -> bookings.insert(made));
        Booking found = db.inTransaction(() -> bookings.booking(authority, child, id)).orElseThrow();
        assertThat(withVersion(found, 0)).isEqualTo(made);

        Booking changed = new Booking(id, authority, child, FIRST, FIRST.plusDays(1),
                List.of(new Booking.Rearrangement(LAST, FIRST, "social-worker-capacity", FIRST),
                        new Booking.Rearrangement(FIRST, FIRST.plusDays(1), "other", LAST)),
                new Booking.Adjournment(LAST, "report-not-shared", LAST, true), found.version());
        Booking updated = db.inTransaction(() -> bookings.update(changed));

        assertThat(withVersion(updated, changed.version())).isEqualTo(changed);
        assertThat(db.inTransaction(() -> bookings.bookings(authority, child))).containsExactly(updated);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void midway_reviews_and_visits_read_back_equal(Database db) {
        AuthorityCode authority = AuthorityCode.of(Database.fresh("map"));
        ChildId child = ChildId.of("c");
        db.child(authority.value(), child.value());
        BookingRepository bookings = db.bean(BookingRepository.class);
        MidwayReview long_ = new MidwayReview("m".repeat(36), LAST, true, true, Database.text(20_000));
        MidwayReview none = new MidwayReview(Database.fresh("m"), FIRST, false, false, null);
        IroVisit visit = new IroVisit("v".repeat(36), LAST, "oversight", Database.text(20_000));
        IroVisit bare = new IroVisit(Database.fresh("v"), FIRST, "visit", null);

        db.inTransaction(() -> {
            bookings.insert(authority, child, long_);
            bookings.insert(authority, child, none);
            bookings.insert(authority, child, visit);
            bookings.insert(authority, child, bare);
        });

        assertThat(db.inTransaction(() -> bookings.midwayReviews(authority, child))).containsExactlyInAnyOrder(long_,
                none);
        assertThat(db.inTransaction(() -> bookings.visits(authority, child))).containsExactlyInAnyOrder(visit, bare);
    }

    private static Booking withVersion(Booking b, long version) {
        return new Booking(b.id(), b.authority(), b.childId(), b.bookedOn(), b.date(), b.rearrangements(),
                b.adjournment(), version);
    }
}
