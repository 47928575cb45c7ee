package org.openiro.quality.port.in;

import org.openiro.authority.AuthorityCode;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.ServiceReport;

/**
 * The monthly QA report (docs/quality-assurance.md): QA forms completed and in timescale, and for each question how it
 * was answered, by month and by social work team, with the previous period beside every figure. It has the service
 * report's shape, so it comes as JSON, CSV or a printable page alike.
 */
public interface QaReportUseCase {

    /** @param team null for every team; else only the reviews of children in that social work team */
    ServiceReport report(AuthorityCode authority, ReportPeriod period, String team);
}
