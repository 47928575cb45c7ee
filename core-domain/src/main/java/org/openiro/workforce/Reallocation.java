package org.openiro.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.ChildId;
import org.openiro.reviews.NextReview;
import org.openiro.reviews.ReviewBasis;
import org.openiro.reviews.port.out.ScheduleStore;
import org.openiro.shared.InvalidInput;
import org.openiro.workforce.port.in.ReallocateUseCase.CaseloadChange;
import org.openiro.workforce.port.in.ReallocateUseCase.Move;
import org.openiro.workforce.port.in.ReallocateUseCase.Plan;
import org.openiro.workforce.port.in.ReallocateUseCase.ReallocateCommand;
import org.openiro.workforce.port.out.WorkforceRepository;

/**
 * Spreads a leaving IRO's children across the IROs named, by caseload per FTE (the lightest takes the next),
 * keeping sibling groups together: a group moves as one, largest groups first. The plan is a pure function of the
 * stored caseloads, so applying it gives what was proposed unless someone changed an allocation meanwhile. Shared by
 * {@link PlanReallocation} (proposing) and {@link Reallocate} (applying).
 */
final class Reallocation {

    private final AuthorityRepository authorities;
    private final WorkforceRepository workforce;
    private final ScheduleStore schedules;
    private final Clock clock;

    Reallocation(AuthorityRepository authorities, WorkforceRepository workforce, ScheduleStore schedules,
                 Clock clock) {
        this.authorities = authorities;
        this.workforce = workforce;
        this.schedules = schedules;
        this.clock = clock;
    }

    /** The plan for the leaving IRO's children as the caseloads stand; changes nothing. */
    Plan propose(ReallocateCommand command) {
        return propose(command.authority(), command.fromIro(), command.to());
    }

    private Plan propose(AuthorityCode code, String fromIro, List<String> to) {
        authorities.require(code);
        workforce.iro(code, fromIro).orElseThrow(() -> new UnknownIro(fromIro));
        LocalDate today = LocalDate.now(clock);
        if (to == null || to.isEmpty()) {
            throw new InvalidInput("to", "name at least one IRO to take the children");
        }
        Map<String, Iro> targets = new HashMap<>();
        for (String id : new LinkedHashSet<>(to)) {
            if (id.equals(fromIro)) {
                throw new InvalidInput("to", "the children cannot move to the IRO they are leaving");
            }
            Iro iro = workforce.iro(code, id).orElseThrow(() -> new InvalidInput("to", "no IRO " + id));
            if (!iro.worksOn(today)) {
                throw new InvalidInput("to", "IRO " + id + " does not work in the service today");
            }
            targets.put(id, iro);
        }
        Map<ChildId, String> held = workforce.currentAllocations(code);
        Map<ChildId, NextReview> next = schedules.nextOfAuthority(code);
        Map<String, Integer> before = new HashMap<>();
        held.forEach((child, iro) -> {
            NextReview review = next.get(child);
            if (review != null && review.basis() != ReviewBasis.PATHWAY_PLAN) {
                before.merge(iro, 1, Integer::sum);
            }
        });
        List<List<ChildId>> groups = groupsOf(code, held, fromIro);
        Map<String, Integer> after = new HashMap<>();
        targets.keySet().forEach(id -> after.put(id, before.getOrDefault(id, 0)));
        List<Move> moves = new ArrayList<>();
        for (List<ChildId> group : groups) {
            String lightest = targets.keySet().stream()
                    .min(Comparator.comparingDouble((String id) -> after.get(id) / targets.get(id).fte())
                            .thenComparing(id -> id)).orElseThrow();
            for (ChildId child : group) {
                moves.add(new Move(child, lightest));
                if (next.containsKey(child) && next.get(child).basis() != ReviewBasis.PATHWAY_PLAN) {
                    after.merge(lightest, 1, Integer::sum);
                }
            }
        }
        List<CaseloadChange> changes = new ArrayList<>();
        Iro leaving = workforce.iro(code, fromIro).orElseThrow();
        changes.add(new CaseloadChange(fromIro, before.getOrDefault(fromIro, 0), 0,
                before.getOrDefault(fromIro, 0) / leaving.fte(), 0));
        targets.keySet().stream().sorted().forEach(id -> changes.add(new CaseloadChange(id,
                before.getOrDefault(id, 0), after.get(id), before.getOrDefault(id, 0) / targets.get(id).fte(),
                after.get(id) / targets.get(id).fte())));
        moves.sort(Comparator.comparing((Move m) -> m.child().value()));
        return new Plan(fromIro, moves, changes);
    }

    /** The leaving IRO's children, siblings together, the largest groups first. */
    private List<List<ChildId>> groupsOf(AuthorityCode code, Map<ChildId, String> held, String fromIro) {
        Map<String, List<ChildId>> groups = new HashMap<>();
        Map<ChildId, String> groupOf = new HashMap<>();
        workforce.siblingGroups(code).forEach((group, members) -> members.forEach(c -> groupOf.put(c, group)));
        held.forEach((child, iro) -> {
            if (iro.equals(fromIro)) {
                String group = Optional.ofNullable(groupOf.get(child)).orElse("child:" + child.value());
                groups.computeIfAbsent(group, k -> new ArrayList<>()).add(child);
            }
        });
        List<List<ChildId>> ordered = new ArrayList<>(groups.values());
        ordered.forEach(g -> g.sort(Comparator.comparing(ChildId::value)));
        ordered.sort(Comparator.comparing((List<ChildId> g) -> -g.size()).thenComparing(g -> g.get(0).value()));
        return ordered;
    }

}
