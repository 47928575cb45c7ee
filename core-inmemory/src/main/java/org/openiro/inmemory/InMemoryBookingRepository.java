package org.openiro.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.reviews.Booking;
import org.openiro.reviews.IroVisit;
import org.openiro.reviews.MidwayReview;
import org.openiro.reviews.port.out.BookingRepository;
import org.openiro.shared.StaleVersion;

/**
 * Bookings (versioned as the database versions them: stored at 0, one more at each update, a stale update refused),
 * midway reviews and IRO visits, each child's in the order they were recorded.
 */
public final class InMemoryBookingRepository extends Tables implements BookingRepository {

    private final Map<Key, Booking> bookings = table();
    private final Map<Key, List<MidwayReview>> midwayReviews = table();
    private final Map<Key, List<IroVisit>> visits = table();

    private static Key key(Booking booking) {
        return Key.of(booking.authority(), booking.childId().value() + "/" + booking.id());
    }

    @Override
    public synchronized List<Booking> bookings(AuthorityCode authority, ChildId child) {
        return bookings.values().stream().filter(b -> b.authority().equals(authority) && b.childId().equals(child))
                .toList();
    }

    @Override
    public synchronized Optional<Booking> booking(AuthorityCode authority, ChildId child, String bookingId) {
        return Optional.ofNullable(bookings.get(Key.of(authority, child.value() + "/" + bookingId)));
    }

    @Override
    public synchronized void insert(Booking booking) {
        if (bookings.putIfAbsent(key(booking), withVersion(booking, 0)) != null) {
            throw new IllegalStateException("booking " + booking.id() + " is already stored");
        }
    }

    @Override
    public synchronized Booking update(Booking booking) {
        Booking current = bookings.get(key(booking));
        if (current == null || current.version() != booking.version()) {
            throw new StaleVersion("booking " + booking.id());
        }
        Booking stored = withVersion(booking, booking.version() + 1);
        bookings.put(key(stored), stored);
        return stored;
    }

    @Override
    public synchronized List<MidwayReview> midwayReviews(AuthorityCode authority, ChildId child) {
        return midwayReviews.getOrDefault(Key.of(authority, child), List.of());
    }

    @Override
    public synchronized void insert(AuthorityCode authority, ChildId child, MidwayReview midwayReview) {
        midwayReviews.put(Key.of(authority, child), appended(midwayReviews(authority, child), midwayReview));
    }

    @Override
    public synchronized List<IroVisit> visits(AuthorityCode authority, ChildId child) {
        return visits.getOrDefault(Key.of(authority, child), List.of());
    }

    @Override
    public synchronized void insert(AuthorityCode authority, ChildId child, IroVisit visit) {
        visits.put(Key.of(authority, child), appended(visits(authority, child), visit));
    }

    /** Every booking of the authority: for the adapters that count. */
    synchronized List<Booking> all(AuthorityCode authority) {
        return bookings.values().stream().filter(b -> b.authority().equals(authority)).toList();
    }

    /** Every midway review of the authority, by child: for the adapters that count. */
    synchronized Map<ChildId, List<MidwayReview>> allMidwayReviews(AuthorityCode authority) {
        Map<ChildId, List<MidwayReview>> all = new java.util.LinkedHashMap<>();
        midwayReviews.forEach((k, v) -> {
            if (k.authority().equals(authority)) {
                all.put(ChildId.of(k.id()), v);
            }
        });
        return all;
    }

    static <T> List<T> appended(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return List.copyOf(longer);
    }

    private static Booking withVersion(Booking b, long version) {
        return new Booking(b.id(), b.authority(), b.childId(), b.bookedOn(), b.date(), b.rearrangements(),
                b.adjournment(), version);
    }
}
