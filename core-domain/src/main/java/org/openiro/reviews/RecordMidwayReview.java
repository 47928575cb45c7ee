package org.openiro.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.openiro.authority.Authority;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.Child;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.reviews.port.in.RecordMidwayReviewUseCase;
import org.openiro.reviews.port.out.BookingRepository;
import org.openiro.reviews.port.out.DriftAlerts;
import org.openiro.shared.Conflict;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.UnitOfWork;

/** Records a midway review; drift found opens an alert where the authority's policy says so. */
public final class RecordMidwayReview implements RecordMidwayReviewUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final BookingRepository bookings;
    private final DriftAlerts driftAlerts;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RecordMidwayReview(AuthorityRepository authorities, ChildRepository children, BookingRepository bookings,
                              DriftAlerts driftAlerts, UnitOfWork unitOfWork, Clock clock) {
        this.authorities = authorities;
        this.children = children;
        this.bookings = bookings;
        this.driftAlerts = driftAlerts;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public MidwayReview record(RecordMidwayReviewCommand command) {
        LocalDate date = command.date();
        if (date.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("date", "must not be in the future");
        }
        return unitOfWork.inTransaction(() -> {
            Authority authority = authorities.require(command.authority());
            Child child = children.require(command.authority(), command.child());
            if (!child.isLookedAfterOn(date)) {
                throw new Conflict("date", "the child was not looked after on " + date);
            }
            MidwayReview midway = new MidwayReview(UUID.randomUUID().toString(), date, command.withChild(),
                    command.driftIdentified(), command.notes());
            bookings.insert(command.authority(), command.child(), midway);
            if (command.driftIdentified() && authority.policy().midway().driftOpensAlert()) {
                driftAlerts.raiseForDrift(command.authority(), command.child(), date);
            }
            return midway;
        });
    }
}
