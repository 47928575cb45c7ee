package org.openiro.persistence.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openiro.authority.AuthorityCode;
import org.openiro.calendar.SupportedDates;
import org.openiro.authority.Policy;
import org.openiro.authority.PolicyHistory;
import org.openiro.calendar.BankHolidayCalendar;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.EndReason;
import org.openiro.children.Ethnicity;
import org.openiro.children.Gender;
import org.openiro.children.LegalStatus;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
import org.openiro.children.PlacementType;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.persistence.Database;
import org.openiro.reviews.Advocacy;
import org.openiro.reviews.BringForwardReason;
import org.openiro.reviews.Consultation;
import org.openiro.reviews.Direction;
import org.openiro.reviews.DueDates;
import org.openiro.reviews.HeldReview;
import org.openiro.reviews.Meetings;
import org.openiro.reviews.Participation;
import org.openiro.reviews.ParticipationCode;
import org.openiro.reviews.Review;
import org.openiro.reviews.ReviewBasis;
import org.openiro.reviews.ReviewFacts;
import org.openiro.reviews.ReviewKind;
import org.openiro.reviews.ReviewSchedule;
import org.openiro.reviews.Schedule;
import org.openiro.reviews.ReviewTiming;
import org.openiro.reviews.port.out.ReviewRepository;

/**
 * A review written and read back, on H2 and PostgreSQL, is the review written (ReviewRow): as many meeting dates as
 * the column holds, every participation method and consultation party, the follow-up's dates and its due dates at
 * the supported calendar's ends; and a review with every optional part null. Directions (DirectionRow) likewise. What
 * the schedule reads of them as numbers ({@code heldOf}) is what the reviews say.
 */
class ReviewMappingTest {

    private static final LocalDate FIRST = SupportedDates.FIRST;
    private static final LocalDate LAST = SupportedDates.LAST;

    @ParameterizedTest
    @EnumSource(Database.class)
    void a_review_with_every_part_at_its_widest_reads_back_equal(Database db) {
        AuthorityCode authority = AuthorityCode.of(Database.fresh("map"));
        ChildId child = ChildId.of("c");
        db.child(authority.value(), child.value());
        // meeting_dates holds 400 characters: 36 dates of ten, with their commas.
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            dates.add(FIRST.plusDays(i));
        }
        dates.add(LAST);
        String id = "r".repeat(36);
        Review review = new Review(id, authority, child, ReviewKind.PATHWAY_PLAN, new Meetings(dates), true,
                "b".repeat(36), new Participation(ParticipationCode.PN2, Participation.METHODS, "full"), true,
                new Advocacy("has-advocate", "non-instructed", "p".repeat(36)),
                List.of(new Consultation("carer", true, true), new Consultation("child", true, false),
                        new Consultation("health", false, false), new Consultation("other-agency", true, true),
                        new Consultation("parent", true, true), new Consultation("school", true, true)),
                new ReviewFacts(FIRST, FIRST.plusDays(1), LAST.minusDays(1), LAST),
                new ReviewTiming(id, LAST, Integer.MAX_VALUE, ReviewBasis.BROUGHT_FORWARD, false,
                        new DueDates(FIRST, FIRST.plusDays(1), LAST.minusDays(1), LAST)),
                0);

        assertReadBackEqual(db, review);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void a_review_with_every_optional_part_null_reads_back_equal(Database db) {
        AuthorityCode authority = AuthorityCode.of(Database.fresh("map"));
        ChildId child = ChildId.of("c");
        db.child(authority.value(), child.value());
        Review review = new Review("r1", authority, child, ReviewKind.CLA, Meetings.on(FIRST), false, null, null, null,
                null, List.of(), ReviewFacts.NOT_RECORDED, null, 0);

        assertReadBackEqual(db, review);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void directions_read_back_equal(Database db) {
        AuthorityCode authority = AuthorityCode.of(Database.fresh("map"));
        ChildId child = ChildId.of("c".repeat(36));
        db.child(authority.value(), child.value());
        ReviewRepository reviews = db.bean(ReviewRepository.class);
        Direction first = new Direction(FIRST, BringForwardReason.IRO_DIRECTION, FIRST);
        Direction last = new Direction(LAST, BringForwardReason.UNPLANNED_MOVE, FIRST.plusDays(1));

        db.inTransaction(() -> {
            reviews.addDirection(authority, child, first);
            reviews.addDirection(authority, child, last);
        });

        assertThat(db.inTransaction(() -> reviews.directions(authority, child))).containsExactlyInAnyOrder(first, last);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void reviews_and_directions_read_together_are_those_read_apart(Database db) {
        AuthorityCode authority = AuthorityCode.of(Database.fresh("map"));
        ChildId child = ChildId.of("c");
        ChildId another = ChildId.of("d");
        db.child(authority.value(), child.value());
        db.child(authority.value(), another.value());
        ReviewRepository reviews = db.bean(ReviewRepository.class);
        Direction direction = new Direction(LAST, BringForwardReason.UNPLANNED_MOVE, FIRST.plusDays(1));
        // Review ids are unique across authorities: ids of this test's own.
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        db.inTransaction(() -> {
            reviews.insert(new Review(first, authority, child, ReviewKind.CLA, Meetings.on(FIRST), true, null,
                    new Participation(ParticipationCode.PN1, Set.of("attended-in-person"), null), true, null,
                    List.of(new Consultation("child", true, true)), ReviewFacts.NOT_RECORDED,
                    new ReviewTiming(first, FIRST.plusDays(3), 1, ReviewBasis.CARE_START, true, null), 0));
            reviews.insert(new Review(second, authority, child, ReviewKind.CLA, Meetings.on(FIRST.plusDays(40)), false,
                    null, null, null, null, List.of(), ReviewFacts.NOT_RECORDED, null, 0));
            reviews.addDirection(authority, child, direction);
            reviews.addDirection(authority, another, new Direction(FIRST, BringForwardReason.IRO_DIRECTION, FIRST));
        });

        ReviewRepository.ReviewsAndDirections together = db.inTransaction(
                () -> reviews.ofChildWithDirections(authority, child));

        assertThat(together.reviews()).containsExactlyInAnyOrderElementsOf(
                db.inTransaction(() -> reviews.ofChild(authority, child))).hasSize(2);
        assertThat(together.directions()).containsExactly(direction);
        ReviewRepository.ReviewsAndDirections none = db.inTransaction(
                () -> reviews.ofChildWithDirections(authority, ChildId.of("nobody")));
        assertThat(none.reviews()).isEmpty();
        assertThat(none.directions()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void reviews_held_since_a_day_are_every_authoritys_complete_ones(Database db) {
        // Read authority by authority since V84 dropped the index of the last meeting alone.
        AuthorityCode one = AuthorityCode.of(Database.fresh("held"));
        AuthorityCode another = AuthorityCode.of(Database.fresh("held"));
        ChildId child = ChildId.of("c");
        db.child(one.value(), child.value());
        db.child(another.value(), child.value());
        ReviewRepository reviews = db.bean(ReviewRepository.class);
        LocalDate since = LAST.minusDays(100);
        List<Review> written = new ArrayList<>();
        for (AuthorityCode authority : List.of(one, another)) {
            for (LocalDate held : List.of(since.minusDays(1), since, LAST)) {
                written.add(new Review(UUID.randomUUID().toString(), authority, child, ReviewKind.CLA,
                        Meetings.on(held), true, null, null, null, null, List.of(), ReviewFacts.NOT_RECORDED, null, 0));
            }
            written.add(new Review(UUID.randomUUID().toString(), authority, child, ReviewKind.CLA, Meetings.on(LAST),
                    false, null, null, null, null, List.of(), ReviewFacts.NOT_RECORDED, null, 0));
        }
        db.inTransaction(() -> written.forEach(reviews::insert));

        List<String> held = db.inTransaction(() -> reviews.heldSince(since)).stream()
                .filter(r -> r.authority().equals(one) || r.authority().equals(another)).map(Review::id).toList();

        assertThat(held).containsExactlyInAnyOrderElementsOf(written.stream()
                .filter(r -> r.seriesComplete() && !r.meetings().last().isBefore(since)).map(Review::id).toList())
                .hasSize(4);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void reviews_read_as_numbers_for_the_schedule_are_those_read_as_reviews(Database db) {
        AuthorityCode authority = AuthorityCode.of(Database.fresh("map"));
        ChildId child = ChildId.of("c");
        db.child(authority.value(), child.value());
        ReviewRepository reviews = db.bean(ReviewRepository.class);
        LocalDate newYearsEve = LocalDate.of(2024, 12, 31);
        List<Review> written = List.of(
                review(authority, child, ReviewKind.CLA, true, FIRST),
                // A series across a year's end, and one still open.
                review(authority, child, ReviewKind.CLA, true, newYearsEve.minusDays(10), newYearsEve,
                        newYearsEve.plusDays(12)),
                review(authority, child, ReviewKind.CLA, false, LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 1)),
                review(authority, child, ReviewKind.PATHWAY_PLAN, true, LAST));
        Direction direction = new Direction(LAST, BringForwardReason.UNPLANNED_MOVE, FIRST.plusDays(1));
        db.inTransaction(() -> {
            written.forEach(reviews::insert);
            reviews.addDirection(authority, child, direction);
            reviews.addDirection(authority, ChildId.of("d"), new Direction(FIRST, BringForwardReason.IRO_DIRECTION,
                    FIRST));
        });

        ReviewRepository.Held held = db.inTransaction(() -> reviews.heldOf(authority, child));

        assertThat(held.reviews().asHeld()).containsExactlyInAnyOrderElementsOf(written.stream()
                .map(ReviewMappingTest::firstAndLast).toList());
        assertThat(held.directions()).containsExactly(direction);
        ReviewRepository.Held none = db.inTransaction(() -> reviews.heldOf(authority, ChildId.of("nobody")));
        assertThat(none.reviews().size()).isZero();
        assertThat(none.directions()).isEmpty();
    }

    /**
     * The child's care read as numbers with the reviews (issue 23, eighth step) gives the schedule the child read as
     * objects gives: short breaks that become ordinary care, a placement order, placements for adoption, two legal
     * statuses and two placements on one day; nothing of another
     * authority's child of the same id.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void the_care_read_with_the_reviews_gives_the_schedule_the_child_gives(Database db) {
        AuthorityCode authority = AuthorityCode.of(Database.fresh("map"));
        AuthorityCode another = AuthorityCode.of(Database.fresh("map"));
        db.authority(authority.value());
        db.authority(another.value());
        ChildId id = ChildId.of("c");
        LocalDate d = LocalDate.of(2019, 3, 4);
        PeriodOfCare breaks = new PeriodOfCare(d, d.plusDays(3), EndReason.of("reason", "E13"), true,
                List.of(new LegalStatusSpell(d, LegalStatus.V3)),
                List.of(new Placement(d, new PlacementType("U6"), null, null)));
        PeriodOfCare care = new PeriodOfCare(d.plusMonths(2), null, null, true,
                List.of(new LegalStatusSpell(d.plusMonths(2), LegalStatus.V3),
                        new LegalStatusSpell(d.plusMonths(5), LegalStatus.C1),
                        new LegalStatusSpell(d.plusMonths(5), LegalStatus.C2),
                        new LegalStatusSpell(d.plusMonths(14), LegalStatus.E1)),
                List.of(new Placement(d.plusMonths(20), new PlacementType("A5"), null, null),
                        new Placement(d.plusMonths(2), new PlacementType("U6"), true, true),
                        new Placement(d.plusMonths(5), new PlacementType("U4"), null, null),
                        new Placement(d.plusMonths(5), new PlacementType("U5"), null, null),
                        new Placement(d.plusMonths(22), new PlacementType("A6"), null, null)));
        Child child = new Child(authority, id, new Child.Demographics(null, LocalDate.of(2012, 2, 29),
                Gender.of("gender", "female"), Ethnicity.of("ethnicity", "WBRI"), false, false), List.of(breaks, care),
                null);
        Child other = new Child(another, id, new Child.Demographics(null, LocalDate.of(2011, 5, 5),
                Gender.of("gender", "male"), Ethnicity.of("ethnicity", "WBRI"), false, false),
                List.of(new PeriodOfCare(d, null, null, true, List.of(new LegalStatusSpell(d, LegalStatus.C2)),
                        List.of(new Placement(d, new PlacementType("K2"), null, null)))), null);
        ChildRepository children = db.bean(ChildRepository.class);
        ReviewRepository reviews = db.bean(ReviewRepository.class);
        db.inTransaction(() -> {
            children.save(child);
            children.save(other);
            reviews.insert(review(authority, id, ReviewKind.CLA, true, d.plusMonths(3)));
            reviews.insert(review(authority, id, ReviewKind.CLA, true, d.plusMonths(6)));
            reviews.insert(review(authority, id, ReviewKind.CLA, true, d.plusMonths(12)));
            reviews.insert(review(authority, id, ReviewKind.CLA, true, d.plusMonths(21)));
        });
        ReviewSchedule schedule = new ReviewSchedule(BankHolidayCalendar.englandAndWales());
        PolicyHistory policies = PolicyHistory.of(Policy.statutory());

        ReviewRepository.Held held = db.inTransaction(() -> reviews.heldWithCareOf(authority, id));
        Child read = db.inTransaction(() -> children.find(authority, id).orElseThrow());

        assertThat(held.reviews().hasCare()).isTrue();
        assertThat(db.inTransaction(() -> reviews.heldOf(authority, id)).reviews().hasCare())
                .as("a caller holding the child: the care is not read again").isFalse();
        Schedule fromCare = schedule.compute(policies, held.reviews(), held.directions());
        Schedule fromChild = schedule.compute(policies, read, held.reviews().asHeld(), held.directions());
        assertThat(fromCare.timings()).hasSize(4).isEqualTo(fromChild.timings());
        assertThat(fromCare.next()).isPresent().isEqualTo(fromChild.next());
        ReviewRepository.Held ofAnother = db.inTransaction(() -> reviews.heldWithCareOf(another, id));
        assertThat(ofAnother.reviews().size()).isZero();
        assertThat(schedule.compute(policies, ofAnother.reviews(), ofAnother.directions()).next())
                .isEqualTo(schedule.compute(policies, other, List.of(), List.of()).next());
    }

    private static Review review(AuthorityCode authority, ChildId child, ReviewKind kind, boolean complete,
                                 LocalDate... meetings) {
        return new Review(UUID.randomUUID().toString(), authority, child, kind, Meetings.on(meetings), complete, null,
                null, null, null, List.of(), ReviewFacts.NOT_RECORDED, null, 0);
    }

    /** What the schedule reads of a review (HeldRows keeps the first and last meeting only). */
    private static HeldReview firstAndLast(Review review) {
        Meetings meetings = review.meetings();
        return new HeldReview(review.id(), review.kind(), meetings.isSeries()
                ? Meetings.on(meetings.first(), meetings.last()) : meetings, review.seriesComplete());
    }

    private static void assertReadBackEqual(Database db, Review review) {
        ReviewRepository reviews = db.bean(ReviewRepository.class);
        Review inserted = db.inTransaction(() -> reviews.insert(review));
        Review found = db.inTransaction(() -> reviews.find(review.authority(), review.childId(), review.id()))
                .orElseThrow();

        assertThat(found).isEqualTo(inserted);
        assertThat(withVersion(found, review.version())).isEqualTo(review);
        assertThat(db.inTransaction(() -> reviews.ofChild(review.authority(), review.childId()))).containsExactly(found);
        assertThat(db.inTransaction(() -> reviews.heldOf(review.authority(), review.childId())).reviews().asHeld())
                .containsExactly(firstAndLast(found));
    }

    private static Review withVersion(Review r, long version) {
        return new Review(r.id(), r.authority(), r.childId(), r.kind(), r.meetings(), r.seriesComplete(), r.bookingId(),
                r.participation(), r.attended(), r.advocacy(), r.consultation(), r.facts(), r.timing(), version);
    }
}
