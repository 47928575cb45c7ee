package org.openiro.reporting.port.in;

import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.reporting.Figure;
import org.openiro.reporting.ReportPeriod;

/** The participation and advocacy figures of reports.md for a period. */
public interface ParticipationReportUseCase {

    /** Each participation figure for the period, with its breakdowns. */
    List<Figure> participation(AuthorityCode authority, ReportPeriod period);
}
