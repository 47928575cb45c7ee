package org.openiro.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.Child;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.shared.Conflict;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.UnitOfWork;
import org.openiro.workforce.port.in.AllocateIroUseCase;
import org.openiro.workforce.port.out.WorkforceRepository;

/** Allocates a child to an IRO from a day, ending the allocation before. */
public final class AllocateIro implements AllocateIroUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final WorkforceRepository workforce;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public AllocateIro(AuthorityRepository authorities, ChildRepository children, WorkforceRepository workforce,
                       UnitOfWork unitOfWork, Clock clock) {
        this.authorities = authorities;
        this.children = children;
        this.workforce = workforce;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Allocated allocate(AllocateIroCommand command) {
        AuthorityCode code = command.authority();
        String iroId = command.iroId();
        LocalDate from = command.from();
        if (from.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("from", "must not be in the future");
        }
        return unitOfWork.inTransaction(() -> {
            authorities.require(code);
            Child child = children.requireForChange(code, command.child());
            Iro iro = workforce.iro(code, iroId).orElseThrow(() -> new UnknownIro(iroId));
            if (!iro.worksOn(from)) {
                throw new Conflict("iroId", "IRO " + iroId + " does not work in the service on " + from);
            }
            List<IroAllocation> history = new ArrayList<>(workforce.allocations(code, command.child()));
            Optional<IroAllocation> current = history.isEmpty() ? Optional.empty()
                    : Optional.of(history.get(history.size() - 1)).filter(a -> a.to() == null);
            if (current.isPresent() && from.isBefore(current.get().from())) {
                throw new Conflict("from", "the current allocation began on " + current.get().from());
            }
            boolean created = current.isEmpty();
            if (current.isPresent() && current.get().iroId().equals(iroId)) {
                return answer(code, child, history, false);
            }
            current.ifPresent(c -> history.set(history.size() - 1, new IroAllocation(c.iroId(), c.from(), from,
                    c.reason())));
            history.add(new IroAllocation(iroId, from, null, command.reason()));
            workforce.saveAllocations(code, command.child(), history);
            return answer(code, child, history, created);
        });
    }

    private Allocated answer(AuthorityCode code, Child child, List<IroAllocation> history, boolean created) {
        IroAllocation current = history.get(history.size() - 1);
        return new Allocated(current, history, IroAllocation.irosThisPeriod(history, child),
                SiblingGroups.heldElsewhere(workforce, code, child.id(), current.iroId()), created);
    }
}
