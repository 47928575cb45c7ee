package org.openiro.reporting.port.in;

import org.openiro.authority.AuthorityCode;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.ServiceReport;

/** A service manager asks for the IRO service's report for any period: reports.md, every figure. */
public interface ServiceReportUseCase {

    /** Every figure of the report for the period, with the period of the same length before it beside each. */
    ServiceReport report(AuthorityCode authority, ReportPeriod period);

    /**
     * The report's reviews section alone (timeliness, month by month among them), each figure counted exactly as in
     * {@link #report}, with the period before beside it, but for the letters sent, which are counted with
     * participation: what a manager's dashboard shows, without counting the rest of the report each time.
     */
    ServiceReport reviews(AuthorityCode authority, ReportPeriod period);
}
