package org.openiro.http.reports;

import java.time.LocalDate;
import java.time.Month;
import org.openiro.reporting.ReportPeriod;

/**
 * The financial year, April to March, by which boards, the DfE and the seed reports count: "this year" on a page.
 * Public so other pages (the dashboard's "this year") count it the same way.
 */
public final class FinancialYear {

    private FinancialYear() {
    }

    /** The financial year {@code day} falls in: 1 April to 31 March. */
    public static ReportPeriod containing(LocalDate day) {
        int start = day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1;
        return new ReportPeriod(LocalDate.of(start, Month.APRIL, 1), LocalDate.of(start + 1, Month.MARCH, 31));
    }

    /** The last financial year to have ended before {@code today}: the year a board's annual report covers. */
    public static ReportPeriod lastComplete(LocalDate today) {
        return containing(today.minusYears(1));
    }
}
