package org.openiro.reviews;

import java.util.List;
import org.openiro.children.Child;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;

/**
 * Only reading what the layout reads of a child's history, with nothing laid out or computed: for the benchmarks,
 * what reading the history costs where it lies (issue 23, seventh step: the {@code Child}'s objects, resident, cost
 * a third of the {@code schedule} path).
 */
public final class HistoryReads {

    private HistoryReads() {
    }

    /** Each period's start, end and flag, each placement's start and code, each legal status's date and status. */
    public static long child(Child child) {
        long sum = Days.of(child.dateOfBirth());
        List<PeriodOfCare> periods = child.periods();
        for (int p = 0; p < periods.size(); p++) {
            PeriodOfCare period = periods.get(p);
            sum += Days.of(period.start()) + Days.of(period.end(), 0) + (period.startKnown() ? 1 : 0);
            List<Placement> placements = period.placements();
            for (int i = 0; i < placements.size(); i++) {
                sum += Days.of(placements.get(i).start()) + placements.get(i).type().code().charAt(0);
            }
            List<LegalStatusSpell> statuses = period.legalStatuses();
            for (int i = 0; i < statuses.size(); i++) {
                sum += Days.of(statuses.get(i).from()) + statuses.get(i).status().ordinal();
            }
        }
        return sum;
    }

    /** Each review row's meetings, flags and id. */
    public static long rows(HeldRows rows) {
        long sum = 0;
        for (int i = 0; i < rows.size(); i++) {
            sum += rows.first(i) + rows.last(i) + (rows.complete(i) ? 1 : 0) + (rows.id(i) == null ? 1 : 0);
        }
        return sum;
    }
}
