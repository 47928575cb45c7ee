package org.openiro.reporting.port.out;

import java.time.LocalDate;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.reporting.ReportPeriod;

/**
 * The counts behind the review figures, answered by aggregates in the database. "Reviews held" are complete reviews
 * whose last meeting is in the period; a series counts once.
 */
public interface ReviewCounts {

    /** A number of reviews and how many of them meet a test. */
    record Share(long of, long met) {
        public static final Share NONE = new Share(0, 0);
    }

    /**
     * Reviews held, and of those whose timeliness can be measured (all but the first of a period of care whose start
     * the records do not show) how many were in timescale.
     */
    record Held(long held, Share inTimescale) {
        public static final Held NONE = new Held(0, Share.NONE);
    }

    /** The rearrangements of those reviews' meetings, by reason. */
    Map<String, Long> rearrangementsByReason(AuthorityCode authority, ReportPeriod period);

    /** Reviews adjourned in the period, by reason. */
    Map<String, Long> adjournmentsByReason(AuthorityCode authority, ReportPeriod period);

    /** What is owed around a review, each by its due date. */
    enum Owed {
        SOCIAL_WORK_REPORT, RECOMMENDATIONS, RECORD, LETTER
    }

    /**
     * Over the looked-after reviews held, as the deadlines stood on the period's last day: how many met the deadline
     * (done on or before its due date, and by that day), how many are decided (met, or not met once it passed), and
     * how many are pending (not met by that day, not yet passed). A recommendation issued after {@code to}, in time,
     * is pending in this period's report, not met.
     */
    record Deadlines(long met, long decided, long pending) {
    }

    /** Midway reviews held in the period. */
    long midwayReviews(AuthorityCode authority, ReportPeriod period);

    /**
     * Every count the figures take from the reviews held, read in one pass over them (a report asked the database for
     * each in a query of its own, six reads of the same rows; docs/benchmarks.md, {@code report}).
     *
     * @param lookedAfter        looked-after reviews held and in timescale
     * @param lookedAfterByMonth the same by the month of their last meeting ({@code 2024-05}); months with none may be
     *                           left out
     * @param deadlines          each deadline's counts over the looked-after reviews held
     * @param rearranged         looked-after reviews held whose meeting had been rearranged at least once
     * @param midwayCoverage     looked-after reviews held that had a review before them in the same period of care,
     *                           and those with a midway review strictly between the two
     * @param pathwayPlans       pathway plan reviews held and in timescale
     * @param pathwayPlanAttended pathway plan reviews held, and those the young person attended
     */
    record HeldInPeriod(Held lookedAfter, Map<String, Held> lookedAfterByMonth, Map<Owed, Deadlines> deadlines,
                        long rearranged, Share midwayCoverage, Held pathwayPlans, Share pathwayPlanAttended) {
    }

    /** The counts over the reviews held in the period. */
    HeldInPeriod held(AuthorityCode authority, ReportPeriod period);

    /**
     * The counts over the reviews held in each of two periods that do not overlap (the report's and the previous):
     * here, a read of each. An adapter may read both in one pass; the JDBC adapter does not, since one pass over two
     * years' reviews crossed PostgreSQL's JIT threshold and took longer than two (docs/benchmarks.md, {@code report},
     * issue 23's sixth step).
     */
    default ByPeriod<HeldInPeriod> held(AuthorityCode authority, ReportPeriod period, ReportPeriod previous) {
        return new ByPeriod<>(held(authority, period), held(authority, previous));
    }

    /** Children looked after on {@code day}, and those whose review was not overdue that day. */
    Share upToDate(AuthorityCode authority, LocalDate day);

    /**
     * The same on the last days of two periods (the report's and the previous), which a database answers in one
     * statement; here, a read of each.
     */
    default ByPeriod<Share> upToDate(AuthorityCode authority, LocalDate day, LocalDate previousDay) {
        return new ByPeriod<>(upToDate(authority, day), upToDate(authority, previousDay));
    }
}
