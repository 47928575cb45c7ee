package org.openiro.inmemory;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.port.out.WorkforceCounts;
import org.openiro.reviews.Review;
import org.openiro.reviews.ReviewKind;
import org.openiro.workforce.IroAllocation;

/** "Workforce", counted over the allocations, children and reviews kept in memory. */
public final class InMemoryWorkforceCounts implements WorkforceCounts {

    private final InMemoryWorkforceRepository workforce;
    private final InMemoryChildRepository children;
    private final InMemoryReviewRepository reviews;

    public InMemoryWorkforceCounts(InMemoryWorkforceRepository workforce, InMemoryChildRepository children,
                                   InMemoryReviewRepository reviews) {
        this.workforce = workforce;
        this.children = children;
        this.reviews = reviews;
    }

    private static boolean heldOn(IroAllocation a, LocalDate day) {
        return !a.from().isAfter(day) && (a.to() == null || a.to().isAfter(day));
    }

    private Map<String, Long> byIro(AuthorityCode authority, LocalDate day, boolean lookedAfter) {
        Map<String, Set<ChildId>> held = new HashMap<>();
        List<Review> all = reviews.all(authority);
        workforce.allAllocations(authority).forEach((childId, history) -> {
            Optional<Child> child = children.find(authority, childId);
            boolean looked = child.map(c -> Histories.lookedAfterOn(c, day)).orElse(false);
            boolean counts = lookedAfter ? looked : !looked && all.stream().anyMatch(r -> r.childId().equals(childId)
                    && r.kind() == ReviewKind.PATHWAY_PLAN && r.seriesComplete()
                    && !r.meetings().last().isAfter(day));
            if (counts) {
                history.stream().filter(a -> heldOn(a, day))
                        .forEach(a -> held.computeIfAbsent(a.iroId(), i -> new HashSet<>()).add(childId));
            }
        });
        Map<String, Long> counts = new HashMap<>();
        held.forEach((iro, ids) -> counts.put(iro, (long) ids.size()));
        return counts;
    }

    @Override
    public Map<String, Long> caseloadsOn(AuthorityCode authority, LocalDate day) {
        return byIro(authority, day, true);
    }

    @Override
    public Map<String, Long> careLeaversOn(AuthorityCode authority, LocalDate day) {
        return byIro(authority, day, false);
    }

    @Override
    public long childrenWithIroChange(AuthorityCode authority, ReportPeriod period) {
        return workforce.allAllocations(authority).values().stream()
                .filter(history -> history.stream()
                        .filter(a -> !a.from().isAfter(period.to()) && (a.to() == null || a.to().isAfter(period.from())))
                        .map(IroAllocation::iroId).distinct().count() > 1)
                .count();
    }

    @Override
    public long iroChanges(AuthorityCode authority, ReportPeriod period) {
        long changes = 0;
        for (List<IroAllocation> history : workforce.allAllocations(authority).values()) {
            for (IroAllocation a : history) {
                if (Histories.in(a.from(), period) && history.stream().anyMatch(b -> a.from().equals(b.to())
                        && !b.iroId().equals(a.iroId()))) {
                    changes++;
                }
            }
        }
        return changes;
    }
}
