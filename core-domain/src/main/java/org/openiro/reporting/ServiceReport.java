package org.openiro.reporting;

import java.util.List;
import org.openiro.authority.AuthorityCode;

/**
 * The IRO service's report for a period (reports.md, "Formats"): every figure with the same figure for the previous
 * period beside it, in sections in the order a board paper reads them.
 */
public record ServiceReport(AuthorityCode authority, String authorityName, ReportPeriod period, ReportPeriod previous,
                            List<Section> sections) {

    public record Section(String id, String title, List<Line> figures) {
    }

    /**
     * One figure: its value this period and the previous; a share also carries this period's numerator and
     * denominator, and the policy's target where one applies.
     */
    public record Line(String id, String title, String breakdown, Double value, Double previousValue, Long numerator,
                       Long denominator, Double target) {
    }
}
