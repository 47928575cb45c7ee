package org.openiro.inmemory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.children.PeriodOfCare;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reviews.Review;
import org.openiro.reviews.ReviewKind;
import org.openiro.ssda903.port.out.DatasetReviews;

/**
 * The Standard Safeguarding Dataset's reviews and unheld bookings, from the in-memory children, reviews and bookings,
 * as the database's two queries read them.
 */
public final class InMemoryDatasetReviews implements DatasetReviews {

    private final InMemoryChildRepository children;
    private final InMemoryReviewRepository reviews;
    private final InMemoryBookingRepository bookings;

    public InMemoryDatasetReviews(InMemoryChildRepository children, InMemoryReviewRepository reviews,
                                  InMemoryBookingRepository bookings) {
        this.children = children;
        this.reviews = reviews;
        this.bookings = bookings;
    }

    @Override
    public List<Held> reviewsHeld(AuthorityCode authority, LocalDate from, LocalDate to) {
        return Histories.held(reviews.all(authority), new ReportPeriod(from, to), ReviewKind.CLA).stream()
                .map(r -> new Held(r.id(), r.childId().value(), periodStart(authority, r.childId(),
                        r.meetings().last()), r.timing() == null ? null : r.timing().dueDate(), r.meetings().last(),
                        r.participation() == null ? null : r.participation().code().name()))
                .sorted(Comparator.comparing(Held::childId).thenComparing(Held::held).thenComparing(Held::reviewId))
                .toList();
    }

    @Override
    public List<Booked> bookingsNotHeld(AuthorityCode authority, LocalDate from, LocalDate to) {
        List<Review> all = reviews.all(authority);
        return bookings.all(authority).stream()
                .filter(b -> Histories.in(b.date(), new ReportPeriod(from, to)))
                .filter(b -> all.stream().noneMatch(r -> r.childId().equals(b.childId())
                        && (b.id().equals(r.bookingId())
                            || r.bookingId() == null && r.meetings().dates().contains(b.date()))))
                .map(b -> new Booked(b.id(), b.childId().value(), periodStart(authority, b.childId(), b.date()),
                        b.date()))
                .sorted(Comparator.comparing(Booked::childId).thenComparing(Booked::date)
                        .thenComparing(Booked::bookingId))
                .toList();
    }

    /** The start of the period of care a day belongs to: the latest begun by then; null if none had. */
    private LocalDate periodStart(AuthorityCode authority, ChildId child, LocalDate day) {
        return children.find(authority, child).flatMap(c -> c.periods().stream().map(PeriodOfCare::start)
                .filter(start -> !start.isAfter(day)).max(Comparator.naturalOrder())).orElse(null);
    }

}
