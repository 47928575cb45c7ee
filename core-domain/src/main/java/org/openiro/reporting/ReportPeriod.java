package org.openiro.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.openiro.shared.InvalidInput;

/** The days a report covers, both included (reports.md: "in the period" means {@code from <= D <= to}). */
public record ReportPeriod(LocalDate from, LocalDate to) {
    public ReportPeriod {
        if (from == null) {
            throw new InvalidInput("from", "is required");
        }
        if (to == null) {
            throw new InvalidInput("to", "is required");
        }
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "must not be before from");
        }
    }

    /** From the first of a month to the last of a month: a year, a half-year, a quarter, a month. */
    public boolean isWholeMonths() {
        return from.getDayOfMonth() == 1 && to.equals(to.withDayOfMonth(to.lengthOfMonth()));
    }

    /**
     * The period the figures are compared with (reports.md): for whole months, as many months just before (2023/24 →
     * 2022/23); otherwise as many days, ending the day before {@code from}.
     */
    public ReportPeriod previous() {
        if (isWholeMonths()) {
            long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
            return new ReportPeriod(from.minusMonths(months), from.minusDays(1));
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new ReportPeriod(from.minusDays(days), from.minusDays(1));
    }

    /** The day before the period: "at start" means looked after then. */
    public LocalDate dayBefore() {
        return from.minusDays(1);
    }
}
