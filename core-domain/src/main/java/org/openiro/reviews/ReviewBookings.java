package org.openiro.reviews;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.events.port.out.EventOutbox;
import org.openiro.reviews.port.in.ReviewBookingsUseCase;
import org.openiro.reviews.port.out.BookingRepository;
import org.openiro.reviews.port.out.DriftAlerts;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.StaleVersion;
import org.openiro.shared.UnitOfWork;

/** What happens around a child's reviews between them. A booking never changes a due date. */
public final class ReviewBookings implements ReviewBookingsUseCase {

    private final CaseFiles files;
    private final BookingRepository bookings;
    private final EventOutbox outbox;
    private final UnitOfWork unitOfWork;
    private final DriftAlerts driftAlerts;

    public ReviewBookings(CaseFiles files, BookingRepository bookings, EventOutbox outbox, UnitOfWork unitOfWork,
                          DriftAlerts driftAlerts) {
        this.files = files;
        this.bookings = bookings;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.driftAlerts = driftAlerts;
    }

    private Optional<NextReview> next(AuthorityCode code, ChildId childId) {
        Authority authority = files.authority(code);
        return files.timetable.of(authority, files.child(code, childId)).next();
    }

    /** The booking as stored, refused as stale when the change was made against another version (If-Match). */
    private Booking booking(AuthorityCode code, ChildId childId, String bookingId, Long expectedVersion) {
        Booking booking = bookings.booking(code, childId, bookingId).orElseThrow(() -> new UnknownBooking(bookingId));
        if (expectedVersion != null && expectedVersion != booking.version()) {
            throw new StaleVersion("booking " + bookingId);
        }
        return booking;
    }

    @Override
    public BookingView book(AuthorityCode code, ChildId childId, LocalDate date) {
        return unitOfWork.inTransaction(() -> {
            Optional<NextReview> next = next(code, childId);
            Booking booking = new Booking(UUID.randomUUID().toString(), code, childId, files.today(), date, List.of(),
                    null, 0);
            bookings.insert(booking);
            return new BookingView(booking, next);
        });
    }

    @Override
    public BookingView rearrange(AuthorityCode code, ChildId childId, String bookingId, LocalDate newDate,
                                 String reason, Long expectedVersion) {
        return unitOfWork.inTransaction(() -> {
            Optional<NextReview> next = next(code, childId);
            Booking changed = bookings.update(booking(code, childId, bookingId, expectedVersion).rearrangedTo(newDate, reason,
                    files.today()));
            outbox.append(List.of(ReviewEvent.booked("review.rearranged", code, childId, next.orElse(null),
                    bookingId)), files.clock.instant());
            return new BookingView(changed, next);
        });
    }

    @Override
    public BookingView adjourn(AuthorityCode code, ChildId childId, String bookingId, LocalDate on, String reason,
                               LocalDate reconveneOn, Long expectedVersion) {
        if (on.isAfter(files.today())) {
            throw new InvalidInput("date", "an adjournment is recorded once it happened: not in the future");
        }
        return unitOfWork.inTransaction(() -> {
            Optional<NextReview> next = next(code, childId);
            Booking changed = bookings.update(booking(code, childId, bookingId, expectedVersion).adjourned(on, reason, reconveneOn,
                    files.calendar));
            outbox.append(List.of(ReviewEvent.booked("review.adjourned", code, childId, next.orElse(null),
                    bookingId)), files.clock.instant());
            return new BookingView(changed, next);
        });
    }

    @Override
    public List<BookingView> bookings(AuthorityCode code, ChildId childId) {
        return unitOfWork.inTransaction(() -> {
            Optional<NextReview> next = next(code, childId);
            return bookings.bookings(code, childId).stream().sorted(Comparator.comparing(Booking::date))
                    .map(b -> new BookingView(b, next)).toList();
        });
    }

    @Override
    public MidwayReview recordMidwayReview(AuthorityCode code, ChildId childId, LocalDate date, boolean withChild,
                                           boolean driftIdentified, String notes) {
        notInFuture("date", date);
        return unitOfWork.inTransaction(() -> {
            Authority authority = files.authority(code);
            Child child = files.child(code, childId);
            if (!child.isLookedAfterOn(date)) {
                throw new org.openiro.shared.Conflict("date", "the child was not looked after on " + date);
            }
            MidwayReview midway = new MidwayReview(UUID.randomUUID().toString(), date, withChild, driftIdentified,
                    notes);
            bookings.insert(code, childId, midway);
            if (driftIdentified && authority.policy().midway().driftOpensAlert()) {
                driftAlerts.raiseForDrift(code, childId, date);
            }
            return midway;
        });
    }

    @Override
    public List<MidwayReview> midwayReviews(AuthorityCode code, ChildId childId) {
        return unitOfWork.inTransaction(() -> {
            files.child(code, childId);
            return bookings.midwayReviews(code, childId).stream()
                    .sorted(Comparator.comparing(MidwayReview::date).reversed()).toList();
        });
    }

    @Override
    public IroVisit recordVisit(AuthorityCode code, ChildId childId, LocalDate date, String kind, String notes) {
        notInFuture("date", date);
        if (!IroVisit.KINDS.contains(kind)) {
            throw new InvalidInput("kind", "must be visit or oversight");
        }
        return unitOfWork.inTransaction(() -> {
            files.authority(code);
            files.child(code, childId);
            IroVisit visit = new IroVisit(UUID.randomUUID().toString(), date, kind, notes);
            bookings.insert(code, childId, visit);
            return visit;
        });
    }

    @Override
    public List<IroVisit> visits(AuthorityCode code, ChildId childId) {
        return unitOfWork.inTransaction(() -> {
            files.child(code, childId);
            return bookings.visits(code, childId).stream().sorted(Comparator.comparing(IroVisit::date).reversed())
                    .toList();
        });
    }

    private void notInFuture(String field, LocalDate date) {
        if (date.isAfter(files.today())) {
            throw new InvalidInput(field, "must not be in the future");
        }
    }
}
