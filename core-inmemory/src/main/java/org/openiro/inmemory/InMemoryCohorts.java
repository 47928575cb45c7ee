package org.openiro.inmemory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.Child;
import org.openiro.children.PeriodOfCare;
import org.openiro.quality.Cohort;
import org.openiro.quality.CohortMember;
import org.openiro.quality.port.out.Cohorts;
import org.openiro.workforce.IroAllocation;

/** Who was in a cohort on a day, read from the children's histories and allocations kept in memory. */
public final class InMemoryCohorts implements Cohorts {

    private final InMemoryChildRepository children;
    private final InMemoryWorkforceRepository workforce;

    public InMemoryCohorts(InMemoryChildRepository children, InMemoryWorkforceRepository workforce) {
        this.children = children;
        this.workforce = workforce;
    }

    @Override
    public List<CohortMember> membersOn(AuthorityCode authority, Cohort cohort, LocalDate on) {
        List<CohortMember> members = new ArrayList<>();
        for (Child child : children.all(authority)) {
            if (!inCare(child, cohort, on) || !ofAge(child, cohort, on)
                    || cohort.disability() != null && cohort.disability() != child.demographics().disability()
                    || cohort.uasc() != null && cohort.uasc() != child.demographics().uasc()) {
                continue;
            }
            String iro = workforce.allocations(authority, child.id()).stream()
                    .filter(a -> !a.from().isAfter(on) && (a.to() == null || a.to().isAfter(on)))
                    .max(Comparator.comparing(IroAllocation::from)).map(IroAllocation::iroId).orElse(null);
            if (cohort.iroId() == null || cohort.iroId().equals(iro)) {
                members.add(new CohortMember(child.id(), iro));
            }
        }
        return members;
    }

    private static boolean inCare(Child child, Cohort cohort, LocalDate on) {
        if (!cohort.lookedAfter()) {
            return child.periods().stream().noneMatch(p -> Histories.lookedAfterOn(p, on))
                    && child.periods().stream().anyMatch(p -> p.end() != null && !p.end().isAfter(on));
        }
        for (PeriodOfCare period : child.periods()) {
            if (Histories.lookedAfterOn(period, on)
                    && (cohort.legalStatuses().isEmpty() || Histories.legalStatusOn(period, on)
                            .filter(s -> cohort.legalStatuses().contains(s.status())).isPresent())
                    && (cohort.placementTypes().isEmpty() || Histories.placementOn(period, on)
                            .filter(p -> cohort.placementTypes().contains(p.type().code())).isPresent())) {
                return true;
            }
        }
        return false;
    }

    private static boolean ofAge(Child child, Cohort cohort, LocalDate on) {
        LocalDate born = child.dateOfBirth();
        return (cohort.ageFrom() == null || !born.isAfter(on.minusYears(cohort.ageFrom())))
                && (cohort.ageTo() == null || born.isAfter(on.minusYears(cohort.ageTo() + 1L)));
    }
}
