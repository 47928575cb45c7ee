package org.openiro.persistence.reviews;

import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.persistence.reviews.ReviewRows.BookingRow;
import org.openiro.persistence.reviews.ReviewRows.Bookings;
import org.openiro.persistence.reviews.ReviewRows.MidwayRow;
import org.openiro.persistence.reviews.ReviewRows.Midways;
import org.openiro.persistence.reviews.ReviewRows.RearrangementRow;
import org.openiro.persistence.reviews.ReviewRows.Rearrangements;
import org.openiro.persistence.reviews.ReviewRows.VisitRow;
import org.openiro.persistence.reviews.ReviewRows.Visits;
import org.openiro.reviews.Booking;
import org.openiro.reviews.IroVisit;
import org.openiro.reviews.MidwayReview;
import org.openiro.reviews.port.out.BookingRepository;
import org.openiro.shared.StaleVersion;

@Singleton
public class JdbcBookingRepository implements BookingRepository {

    private final Bookings bookings;
    private final Rearrangements rearrangements;
    private final Midways midways;
    private final Visits visits;

    JdbcBookingRepository(Bookings bookings, Rearrangements rearrangements, Midways midways, Visits visits) {
        this.bookings = bookings;
        this.rearrangements = rearrangements;
        this.midways = midways;
        this.visits = visits;
    }

    @Override
    public List<Booking> bookings(AuthorityCode authority, ChildId child) {
        return toBookings(bookings.findByAuthorityAndChildId(authority.value(), child.value()));
    }

    @Override
    public Optional<Booking> booking(AuthorityCode authority, ChildId child, String bookingId) {
        return bookings.findByIdAndAuthorityAndChildId(bookingId, authority.value(), child.value())
                .map(row -> toBookings(List.of(row)).get(0));
    }

    /** An authority's bookings for a date on or after {@code from}: the reports awaited on worklists. */
    public List<Booking> bookingsFrom(AuthorityCode authority, java.time.LocalDate from) {
        return toBookings(bookings.findByAuthorityAndBookedForGreaterThanEquals(authority.value(), from));
    }

    private List<Booking> toBookings(List<BookingRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<RearrangementRow>> moves = rearrangements
                .findByBookingIdInList(rows.stream().map(BookingRow::id).toList()).stream()
                .collect(Collectors.groupingBy(RearrangementRow::bookingId));
        return rows.stream().map(row -> {
            List<Booking.Rearrangement> history = moves.getOrDefault(row.id(), List.of()).stream()
                    .sorted(Comparator.comparing(RearrangementRow::id))
                    .map(m -> new Booking.Rearrangement(m.fromDate(), m.toDate(), m.reason(), m.madeOn())).toList();
            Booking.Adjournment adjournment = row.adjournedOn() == null ? null : new Booking.Adjournment(
                    row.adjournedOn(), row.adjournmentReason(), row.reconveneOn(),
                    Boolean.TRUE.equals(row.reconvenedLate()));
            return new Booking(row.id(), AuthorityCode.of(row.authority()), ChildId.of(row.childId()),
                    row.bookedOn(), row.bookedFor(), history, adjournment, row.version() == null ? 0 : row.version());
        }).toList();
    }

    @Override
    public void insert(Booking booking) {
        bookings.save(toRow(booking));
    }

    @Override
    public Booking update(Booking booking) {
        try {
            bookings.update(toRow(booking));
        } catch (OptimisticLockException e) {
            throw new StaleVersion("booking " + booking.id());
        }
        rearrangements.deleteByBookingId(booking.id());
        rearrangements.saveAll(booking.rearrangements().stream().map(m -> new RearrangementRow(null,
                booking.authority().value(), booking.id(), m.from(), m.to(), m.reason(), m.on())).toList());
        return booking(booking.authority(), booking.childId(), booking.id()).orElseThrow();
    }

    private static BookingRow toRow(Booking b) {
        Booking.Adjournment a = b.adjournment();
        return new BookingRow(b.id(), b.authority().value(), b.childId().value(), b.bookedOn(), b.date(),
                a == null ? null : a.date(), a == null ? null : a.reason(), a == null ? null : a.reconveneOn(),
                a == null ? null : a.reconvenedLate(), b.version());
    }

    @Override
    public List<MidwayReview> midwayReviews(AuthorityCode authority, ChildId child) {
        return midways.findByAuthorityAndChildId(authority.value(), child.value()).stream()
                .map(m -> new MidwayReview(m.id(), m.heldOn(), m.withChild(), m.driftIdentified(), m.notes())).toList();
    }

    @Override
    public void insert(AuthorityCode authority, ChildId child, MidwayReview m) {
        midways.save(new MidwayRow(m.id(), authority.value(), child.value(), m.date(), m.withChild(),
                m.driftIdentified(), m.notes()));
    }

    @Override
    public List<IroVisit> visits(AuthorityCode authority, ChildId child) {
        return visits.findByAuthorityAndChildId(authority.value(), child.value()).stream()
                .map(v -> new IroVisit(v.id(), v.visitedOn(), v.kind(), v.notes())).toList();
    }

    @Override
    public void insert(AuthorityCode authority, ChildId child, IroVisit v) {
        visits.save(new VisitRow(v.id(), authority.value(), child.value(), v.date(), v.kind(), v.notes()));
    }
}
