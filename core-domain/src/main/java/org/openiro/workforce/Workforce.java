package org.openiro.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.UnknownAuthority;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.UnknownChild;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.reviews.NextReview;
import org.openiro.reviews.ReviewBasis;
import org.openiro.reviews.port.out.ScheduleStore;
import org.openiro.shared.Conflict;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.LocalId;
import org.openiro.shared.UnitOfWork;
import org.openiro.workforce.port.in.AllocateIroUseCase;
import org.openiro.workforce.port.in.ManageIrosUseCase;
import org.openiro.workforce.port.out.WorkforceRepository;

/** The IROs of the service, who holds which child, and what each IRO holds. */
public final class Workforce implements ManageIrosUseCase, AllocateIroUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final WorkforceRepository workforce;
    private final ScheduleStore schedules;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public Workforce(AuthorityRepository authorities, ChildRepository children, WorkforceRepository workforce,
                     ScheduleStore schedules, UnitOfWork unitOfWork, Clock clock) {
        this.authorities = authorities;
        this.children = children;
        this.workforce = workforce;
        this.schedules = schedules;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    private Authority authority(AuthorityCode code) {
        return authorities.find(code).orElseThrow(() -> new UnknownAuthority(code));
    }

    private Iro knownIro(AuthorityCode code, String iroId) {
        return workforce.iro(code, iroId).orElseThrow(() -> new UnknownIro(iroId));
    }

    @Override
    public Saved putIro(AuthorityCode code, Iro iro) {
        return unitOfWork.inTransaction(() -> {
            authority(code);
            return new Saved(iro, workforce.save(code, iro));
        });
    }

    @Override
    public List<IroCaseload> caseloads(AuthorityCode code) {
        return unitOfWork.inTransaction(() -> {
            Authority authority = authority(code);
            return caseloads(authority, workforce.iros(code));
        });
    }

    /** Looked-after children have a review due; care leavers, a pathway plan review: both are stored per child. */
    private List<IroCaseload> caseloads(Authority authority, List<Iro> iros) {
        Map<ChildId, String> held = workforce.currentAllocations(authority.code());
        Map<ChildId, NextReview> next = schedules.nextOfAuthority(authority.code());
        Map<String, List<ChildId>> lookedAfter = new HashMap<>();
        Map<String, List<ChildId>> careLeavers = new HashMap<>();
        held.forEach((child, iroId) -> {
            NextReview review = next.get(child);
            if (review == null) {
                return;
            }
            (review.basis() == ReviewBasis.PATHWAY_PLAN ? careLeavers : lookedAfter)
                    .computeIfAbsent(iroId, k -> new ArrayList<>()).add(child);
        });
        return iros.stream().sorted(Comparator.comparing(Iro::name)).map(iro -> new IroCaseload(iro,
                sorted(lookedAfter.getOrDefault(iro.id(), List.of())),
                sorted(careLeavers.getOrDefault(iro.id(), List.of())),
                CaseloadBand.forFte(authority.policy(), iro.fte()))).toList();
    }

    private static List<ChildId> sorted(List<ChildId> ids) {
        return ids.stream().sorted(Comparator.comparing(ChildId::value)).toList();
    }

    @Override
    public IroDetail iro(AuthorityCode code, String iroId) {
        return unitOfWork.inTransaction(() -> {
            Authority authority = authority(code);
            Iro iro = knownIro(code, iroId);
            IroCaseload caseload = caseloads(authority, List.of(iro)).get(0);
            Map<ChildId, String> held = workforce.currentAllocations(code);
            List<SplitGroup> split = new ArrayList<>();
            workforce.siblingGroups(code).forEach((group, members) -> {
                boolean mine = members.stream().anyMatch(c -> iroId.equals(held.get(c)));
                long iros = members.stream().map(held::get).filter(java.util.Objects::nonNull).distinct().count();
                if (mine && iros > 1) {
                    split.add(new SplitGroup(group, sorted(members)));
                }
            });
            split.sort(Comparator.comparing(SplitGroup::groupId));
            return new IroDetail(caseload, split);
        });
    }

    @Override
    public Allocated allocate(AuthorityCode code, ChildId childId, String iroId, LocalDate from, String reason) {
        LocalId.require("iroId", iroId);
        if (from.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("from", "must not be in the future");
        }
        return unitOfWork.inTransaction(() -> {
            authority(code);
            Child child = children.findForChange(code, childId).orElseThrow(() -> new UnknownChild(childId));
            Iro iro = knownIro(code, iroId);
            if (!iro.worksOn(from)) {
                throw new Conflict("iroId", "IRO " + iroId + " does not work in the service on " + from);
            }
            List<IroAllocation> history = new ArrayList<>(workforce.allocations(code, childId));
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
            history.add(new IroAllocation(iroId, from, null, reason));
            workforce.saveAllocations(code, childId, history);
            return answer(code, child, history, created);
        });
    }

    private Allocated answer(AuthorityCode code, Child child, List<IroAllocation> history, boolean created) {
        IroAllocation current = history.get(history.size() - 1);
        return new Allocated(current, history, IroAllocation.irosThisPeriod(history, child),
                splitWarning(code, child.id(), current.iroId()), created);
    }

    private String splitWarning(AuthorityCode code, ChildId childId, String iroId) {
        Optional<String> group = workforce.siblingGroup(code, childId);
        if (group.isEmpty()) {
            return null;
        }
        Map<ChildId, String> held = workforce.currentAllocations(code);
        List<String> elsewhere = workforce.siblingGroups(code).getOrDefault(group.get(), List.of()).stream()
                .filter(sibling -> !sibling.equals(childId) && held.containsKey(sibling)
                        && !held.get(sibling).equals(iroId))
                .map(ChildId::value).sorted().toList();
        return elsewhere.isEmpty() ? null : "siblings " + String.join(", ", elsewhere)
                + " are held by another IRO; siblings normally share one unless a child asks otherwise";
    }

    @Override
    public Siblings setSiblingGroup(AuthorityCode code, ChildId childId, String groupId) {
        LocalId.require("groupId", groupId);
        return unitOfWork.inTransaction(() -> {
            authority(code);
            children.find(code, childId).orElseThrow(() -> new UnknownChild(childId));
            boolean created = workforce.siblingGroup(code, childId).isEmpty();
            workforce.saveSiblingGroup(code, childId, groupId);
            String iroId = workforce.currentAllocations(code).get(childId);
            return new Siblings(groupId, iroId == null ? null : splitWarning(code, childId, iroId), created);
        });
    }
}
