package org.openiro.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openiro.authority.Authority;
import org.openiro.children.Child;
import org.openiro.reviews.Timetable;
import org.openiro.workforce.IroAllocation;
import org.openiro.workforce.port.out.WorkforceRepository;

/**
 * The child as the care use cases answer them: seen as of today, with their next review and their IRO. Shared by the
 * care services, which each load and save the child through {@code ChildRepository} themselves.
 */
public final class ChildRecords {

    private final Timetable timetable;
    private final WorkforceRepository workforce;
    private final Clock clock;

    public ChildRecords(Timetable timetable, WorkforceRepository workforce, Clock clock) {
        this.timetable = timetable;
        this.workforce = workforce;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    ChildRecord recordOf(Authority authority, Child child) {
        return new ChildRecord(child, today(), timetable.of(authority, child).next(), heldBy(child));
    }

    /** The child's history changed: measure their reviews again and say so if the next one moved. */
    ChildRecord rescheduled(Authority authority, Child child) {
        return new ChildRecord(child, today(), timetable.reschedule(authority, child).next(), heldBy(child));
    }

    private Optional<ChildRecord.HeldBy> heldBy(Child child) {
        List<IroAllocation> history = workforce.allocations(child.authority(), child.id());
        if (history.isEmpty() || history.get(history.size() - 1).to() != null) {
            return Optional.empty();
        }
        IroAllocation current = history.get(history.size() - 1);
        return Optional.of(new ChildRecord.HeldBy(current.iroId(), current.from(),
                IroAllocation.irosThisPeriod(history, child)));
    }
}
