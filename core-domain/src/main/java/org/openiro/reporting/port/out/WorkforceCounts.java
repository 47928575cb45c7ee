package org.openiro.reporting.port.out;

import java.time.LocalDate;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.reporting.ReportPeriod;

/** The counts behind "Workforce", by the database; the IROs themselves come from the workforce's own register. */
public interface WorkforceCounts {

    /** By IRO: the children looked after on the day who were allocated to them that day. */
    Map<String, Long> caseloadsOn(AuthorityCode authority, LocalDate day);

    /**
     * By IRO: the care leavers allocated to them on the day, reported beside the caseload: children not looked after
     * that day whose pathway plan an IRO had reviewed by then.
     */
    Map<String, Long> careLeaversOn(AuthorityCode authority, LocalDate day);

    /** Children held by more than one IRO at some time in the period. */
    long childrenWithIroChange(AuthorityCode authority, ReportPeriod period);

    /** Allocations in the period that took a child over from another IRO. */
    long iroChanges(AuthorityCode authority, ReportPeriod period);
}
