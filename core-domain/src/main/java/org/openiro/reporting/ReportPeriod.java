package org.openiro.reporting;

import java.time.LocalDate;
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
}
