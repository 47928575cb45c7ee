package org.openiro.persistence.reviews;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The rows of the review cycle and their repositories; each query names the authority and the child. */
public final class ReviewRows {

    private ReviewRows() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Reviews extends CrudRepository<ReviewRow, String> {
        List<ReviewRow> findByAuthorityAndChildId(String authority, String childId);

        Optional<ReviewRow> findByIdAndAuthorityAndChildId(String id, String authority, String childId);

        List<ReviewRow> findByAuthorityAndLastMeetingGreaterThanEqualsAndSeriesCompleteTrue(String authority,
                                                                                            LocalDate from);
    }

    @MappedEntity("review_direction")
    public record DirectionRow(@Id @GeneratedValue @Nullable Long id, String authority, String childId, LocalDate dueBy,
                        String reason, LocalDate directedOn) {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Directions extends CrudRepository<DirectionRow, Long> {
        List<DirectionRow> findByAuthorityAndChildId(String authority, String childId);
    }

    @MappedEntity("review_booking")
    record BookingRow(@Id String id, String authority, String childId, LocalDate bookedOn, LocalDate bookedFor,
                      @Nullable LocalDate adjournedOn, @Nullable String adjournmentReason,
                      @Nullable LocalDate reconveneOn, @Nullable Boolean reconvenedLate, @Version Long version) {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Bookings extends CrudRepository<BookingRow, String> {
        List<BookingRow> findByAuthorityAndChildId(String authority, String childId);

        Optional<BookingRow> findByIdAndAuthorityAndChildId(String id, String authority, String childId);

        List<BookingRow> findByAuthorityAndBookedForGreaterThanEquals(String authority, LocalDate from);
    }

    @MappedEntity("review_rearrangement")
    record RearrangementRow(@Id @GeneratedValue @Nullable Long id, String authority, String bookingId,
                            LocalDate fromDate, LocalDate toDate, String reason, LocalDate madeOn) {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Rearrangements extends CrudRepository<RearrangementRow, Long> {
        List<RearrangementRow> findByBookingIdInList(List<String> bookingIds);

        void deleteByBookingId(String bookingId);
    }

    @MappedEntity("midway_review")
    record MidwayRow(@Id String id, String authority, String childId, LocalDate heldOn, boolean withChild,
                     boolean driftIdentified, @Nullable String notes) {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Midways extends CrudRepository<MidwayRow, String> {
        List<MidwayRow> findByAuthorityAndChildId(String authority, String childId);
    }

    @MappedEntity("iro_visit")
    record VisitRow(@Id String id, String authority, String childId, LocalDate visitedOn, String kind,
                    @Nullable String notes) {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Visits extends CrudRepository<VisitRow, String> {
        List<VisitRow> findByAuthorityAndChildId(String authority, String childId);
    }
}
