package org.openiro.workforce;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.ChildId;
import org.openiro.reviews.NextReview;
import org.openiro.reviews.ReviewBasis;
import org.openiro.reviews.port.out.ScheduleStore;
import org.openiro.shared.UnitOfWork;
import org.openiro.workforce.port.in.ViewIrosUseCase;
import org.openiro.workforce.port.out.WorkforceRepository;

/** The IROs of the service and what each of them holds. */
public final class ViewIros implements ViewIrosUseCase {

    private final AuthorityRepository authorities;
    private final WorkforceRepository workforce;
    private final ScheduleStore schedules;
    private final UnitOfWork unitOfWork;

    public ViewIros(AuthorityRepository authorities, WorkforceRepository workforce, ScheduleStore schedules,
                    UnitOfWork unitOfWork) {
        this.authorities = authorities;
        this.workforce = workforce;
        this.schedules = schedules;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public List<IroCaseload> caseloads(AuthorityCode code) {
        return unitOfWork.inTransaction(() -> {
            Authority authority = authorities.require(code);
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
            Authority authority = authorities.require(code);
            Iro iro = workforce.iro(code, iroId).orElseThrow(() -> new UnknownIro(iroId));
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
}
