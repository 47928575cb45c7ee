package org.openiro.reporting.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.reporting.ReportPeriod;

/**
 * The counts behind "Children looked after", grouped by the database and named by the facts stored; what they mean
 * (reason groups, ethnicity groups, who counts as unregulated) is decided by the report. A child whose every episode
 * in the report's period is a short break ({@code ShortBreaks.onlyShortBreaks}) is left out of every count, as the
 * DfE's statistics leave them out of a year's.
 */
public interface ChildrenCounts {

    /**
     * Children looked after on a day, alike in what the report breaks them down by, and how many.
     *
     * @param ageBand the index of the first of the report's age-band lower bounds the child's age is under, or the
     *                number of bounds when none
     * @param placedOver20Miles null when not known
     */
    record Profile(String gender, String ethnicity, int ageBand, String legalStatus, String placementType,
                   Boolean placedOver20Miles, boolean uasc) {
    }

    /**
     * The children looked after on each of the days, read together: a report asks for its period's first and last day,
     * and one pass over the periods of care, legal statuses and placements answers both (docs/benchmarks.md,
     * {@code report}, issue 23's third step).
     *
     * @param days               the days, each answered under its own key (a day given twice once)
     * @param period             the report's period, whose episodes decide who is left out as on short breaks alone
     * @param ageBandUpperBounds ages in whole years, ascending: a child under the first is in band 0, and so on
     * @return for each day, its profiles and how many children had each (none: an empty map)
     */
    Map<LocalDate, Map<Profile, Long>> lookedAfterOn(AuthorityCode authority, List<LocalDate> days, ReportPeriod period,
                                                     List<Integer> ageBandUpperBounds);

    /** Periods of care started in the period (start known), the distinct children, and the UASC among them. */
    record Started(long periods, long children, long uasc) {
    }

    /** Periods of care ended in the period, alike in their reason code, whether the child was 18 by then, and UASC. */
    record Ceased(String reason, boolean eighteenOrOver, boolean uasc) {
    }

    /**
     * The periods of care started and ended in the period, read together (one pass over them answers all three:
     * docs/benchmarks.md, {@code report}, issue 23's fourth step).
     *
     * @param started            the periods started in the period (start known), the distinct children, the UASC
     * @param legalStatusAtEntry the first legal status of the periods started, and how many
     * @param ceased             the periods ended in the period, by reason, age and UASC
     */
    record StartedAndCeased(Started started, Map<String, Long> legalStatusAtEntry, Map<Ceased, Long> ceased) {
    }

    /** The periods of care started and ended in the period. */
    StartedAndCeased startedAndCeased(AuthorityCode authority, ReportPeriod period);

    /** Care leavers whose pathway plan an IRO reviewed in the period. */
    long careLeaversSupported(AuthorityCode authority, ReportPeriod period);
}
