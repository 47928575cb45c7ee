package org.openiro.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.reviews.port.in.RecordIroVisitUseCase;
import org.openiro.reviews.port.out.BookingRepository;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.UnitOfWork;

/** Records the IRO's visit to, or weekly oversight of, a child in an unregulated placement. */
public final class RecordIroVisit implements RecordIroVisitUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final BookingRepository bookings;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RecordIroVisit(AuthorityRepository authorities, ChildRepository children, BookingRepository bookings,
                          UnitOfWork unitOfWork, Clock clock) {
        this.authorities = authorities;
        this.children = children;
        this.bookings = bookings;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public IroVisit record(RecordIroVisitCommand command) {
        if (command.date().isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("date", "must not be in the future");
        }
        return unitOfWork.inTransaction(() -> {
            authorities.require(command.authority());
            children.require(command.authority(), command.child());
            IroVisit visit = new IroVisit(UUID.randomUUID().toString(), command.date(), command.kind(),
                    command.notes());
            bookings.insert(command.authority(), command.child(), visit);
            return visit;
        });
    }
}
