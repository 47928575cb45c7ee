package org.openiro.reporting.port.out;

import java.time.LocalDate;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.reporting.ReportPeriod;

/** The counts behind "Workforce", by the database; the IROs themselves come from the workforce's own register. */
public interface WorkforceCounts {

    /**
     * By IRO, the children allocated to them on a day, read in one pass over that day's allocations.
     *
     * @param lookedAfter the children looked after on the day
     * @param careLeavers the care leavers, reported beside the caseload: children not looked after that day whose
     *                    pathway plan an IRO had reviewed by then
     */
    record Caseloads(Map<String, Long> lookedAfter, Map<String, Long> careLeavers) {
    }

    /** By IRO, the children looked after and the care leavers allocated to them on the day. */
    Caseloads caseloadsOn(AuthorityCode authority, LocalDate day);

    /** Children held by more than one IRO at some time in the period. */
    long childrenWithIroChange(AuthorityCode authority, ReportPeriod period);

    /** Allocations in the period that took a child over from another IRO. */
    long iroChanges(AuthorityCode authority, ReportPeriod period);
}
