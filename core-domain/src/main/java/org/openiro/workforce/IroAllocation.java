package org.openiro.workforce;

import java.time.LocalDate;
import java.util.List;
import org.openiro.children.Child;
import org.openiro.children.PeriodOfCare;

/** Which IRO held a child from when to when, and why it changed; {@code to} is null for the current one. */
public record IroAllocation(String iroId, LocalDate from, LocalDate to, String reason) {

    /**
     * How many IROs a child has had in their latest period of care, the current one or, out of care, the last one
     * (continuity is reported per period): those whose allocation overlapped it. None without a period of care.
     */
    public static int irosThisPeriod(List<IroAllocation> history, Child child) {
        return child.latestPeriod().map(period -> irosDuring(history, period)).orElse(0);
    }

    private static int irosDuring(List<IroAllocation> history, PeriodOfCare period) {
        return (int) history.stream()
                .filter(a -> a.to() == null || a.to().isAfter(period.start()))
                .filter(a -> period.end() == null || a.from().isBefore(period.end()))
                .map(IroAllocation::iroId).distinct().count();
    }
}
