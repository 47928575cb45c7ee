package org.openiro.reporting.port.out;

import java.util.HashMap;
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
     * The children looked after on a day, counted along each thing the report breaks them down by, one breakdown at a
     * time: the report never sets one against another (reports.md, "Children looked after"), so the database groups
     * them by each on its own rather than by every combination (docs/benchmarks.md, {@code report}, issue 23's fifth
     * step). A null key is a child with none recorded on the day.
     *
     * @param byAgeBand         by the index of the first of the report's age-band upper bounds the child's age is
     *                          under, or the number of bounds when none
     * @param placedOver20Miles placed more than 20 miles from home; with {@code placedWithin20Miles} the children
     *                          whose distance is known
     */
    record Breakdown(long children, Map<String, Long> byGender, Map<String, Long> byEthnicity,
                     Map<Integer, Long> byAgeBand, Map<String, Long> byLegalStatus, Map<String, Long> byPlacementType,
                     long placedOver20Miles, long placedWithin20Miles) {

        /**
         * A breakdown added up child by child (the in-memory adapter) or group by group (the database's rows), so
         * every adapter counts the same way: each method adds {@code n} children along one breakdown.
         */
        public static final class Tally {
            private long children;
            private final Map<String, Long> byGender = new HashMap<>();
            private final Map<String, Long> byEthnicity = new HashMap<>();
            private final Map<Integer, Long> byAgeBand = new HashMap<>();
            private final Map<String, Long> byLegalStatus = new HashMap<>();
            private final Map<String, Long> byPlacementType = new HashMap<>();
            private long over20;
            private long within20;

            public void children(long n) {
                children += n;
            }

            public void gender(String gender, long n) {
                byGender.merge(gender, n, Long::sum);
            }

            public void ethnicity(String ethnicity, long n) {
                byEthnicity.merge(ethnicity, n, Long::sum);
            }

            public void ageBand(int band, long n) {
                byAgeBand.merge(band, n, Long::sum);
            }

            public void legalStatus(String status, long n) {
                byLegalStatus.merge(status, n, Long::sum);
            }

            public void placementType(String type, long n) {
                byPlacementType.merge(type, n, Long::sum);
            }

            /** {@code over20Miles} null: the distance is not known, and the child counts in neither. */
            public void distance(Boolean over20Miles, long n) {
                if (over20Miles != null) {
                    if (over20Miles) {
                        over20 += n;
                    } else {
                        within20 += n;
                    }
                }
            }

            public Breakdown breakdown() {
                return new Breakdown(children, byGender, byEthnicity, byAgeBand, byLegalStatus, byPlacementType,
                        over20, within20);
            }
        }
    }

    /** How many children were looked after at the period's start (the day before it), and those at its end. */
    record LookedAfter(long atStart, Breakdown atEnd) {
    }

    /**
     * The children looked after on the day before the period and on its last day, read together: one pass over the
     * periods of care open on either day, the legal statuses and placements looked up for the last day only, which
     * alone the report breaks down.
     *
     * @param period             the report's period, whose episodes also decide who is left out as on short breaks
     *                           alone
     * @param ageBandUpperBounds ages in whole years, ascending: a child under the first is in band 0, and so on
     */
    LookedAfter lookedAfter(AuthorityCode authority, ReportPeriod period, List<Integer> ageBandUpperBounds);

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
