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

    /** Reviews of the kind ({@code cla}, {@code pathway-plan}) held, and those held in timescale. */
    Held heldInTimescale(AuthorityCode authority, ReportPeriod period, String kind);

    /** Looked-after reviews held and in timescale, by the month of their last meeting ({@code 2024-05}). */
    Map<String, Held> heldInTimescaleByMonth(AuthorityCode authority, ReportPeriod period);

    /** Pathway plan reviews held, and those the young person attended. */
    Share pathwayPlanAttended(AuthorityCode authority, ReportPeriod period);

    /** Looked-after reviews held whose meeting had been rearranged at least once. */
    long rearranged(AuthorityCode authority, ReportPeriod period);

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

    /** Each deadline's counts, read together in one pass over the reviews held. */
    Map<Owed, Deadlines> deadlines(AuthorityCode authority, ReportPeriod period);

    /** Midway reviews held in the period. */
    long midwayReviews(AuthorityCode authority, ReportPeriod period);

    /**
     * Looked-after reviews held in the period that had a review before them in the same period of care, and those
     * with a midway review strictly between the two.
     */
    Share midwayCoverage(AuthorityCode authority, ReportPeriod period);

    /** Children looked after on {@code day}, and those whose review was not overdue that day. */
    Share upToDate(AuthorityCode authority, LocalDate day);
}
