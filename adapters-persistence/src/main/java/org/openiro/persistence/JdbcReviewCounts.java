package org.openiro.persistence;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.port.out.ReviewCounts;

/**
 * The review figures counted by the database, one aggregate query a figure. A review's due date and timeliness are
 * stored on it when its child's history is measured, so "in timescale" is a column here, not a computation.
 */
@Singleton
class JdbcReviewCounts implements ReviewCounts {

    /** Reviews of a kind held in the period: complete, their last meeting in it. Binds authority, kind, from, to. */
    private static final String HELD = " FROM review r WHERE r.authority = ? AND r.kind = ? AND r.series_complete = TRUE"
            + " AND r.last_meeting BETWEEN ? AND ?";
    /**
     * Held, measured, in timescale: a review with no due date (the first of a period whose start the records do not
     * show) is held but neither in nor out of timescale, and out of the share.
     */
    private static final String IN_TIMESCALE = "count(*), count(r.in_timescale),"
            + " SUM(CASE WHEN r.in_timescale THEN 1 ELSE 0 END)";

    private final ReportQueries queries;

    JdbcReviewCounts(ReportQueries queries) {
        this.queries = queries;
    }

    private static Object[] held(AuthorityCode authority, ReportPeriod period, String kind) {
        // The order of HELD's parameters.
        return new Object[] {authority.value(), kind, period.from(), period.to()};
    }

    @Override
    public Held heldInTimescale(AuthorityCode authority, ReportPeriod period, String kind) {
        return queries.query("SELECT " + IN_TIMESCALE + HELD, rs -> rs.next() ? held(rs, 1) : Held.NONE,
                held(authority, period, kind));
    }

    @Override
    public Map<String, Held> heldInTimescaleByMonth(AuthorityCode authority, ReportPeriod period) {
        String month = "EXTRACT(YEAR FROM r.last_meeting), EXTRACT(MONTH FROM r.last_meeting)";
        return queries.query("SELECT " + month + ", " + IN_TIMESCALE + HELD + " GROUP BY " + month, rs -> {
            Map<String, Held> byMonth = new HashMap<>();
            while (rs.next()) {
                byMonth.put(String.format("%04d-%02d", rs.getInt(1), rs.getInt(2)), held(rs, 3));
            }
            return byMonth;
        }, held(authority, period, "cla"));
    }

    /** The three columns of {@link #IN_TIMESCALE} from {@code column} on. */
    private static Held held(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        return new Held(rs.getLong(column), new Share(rs.getLong(column + 1), rs.getLong(column + 2)));
    }

    @Override
    public Share pathwayPlanAttended(AuthorityCode authority, ReportPeriod period) {
        return queries.share("SELECT count(*), SUM(CASE WHEN r.attended THEN 1 ELSE 0 END)" + HELD,
                held(authority, period, "pathway-plan"));
    }

    @Override
    public long rearranged(AuthorityCode authority, ReportPeriod period) {
        return queries.count("SELECT count(*)" + HELD + " AND EXISTS (SELECT 1 FROM review_rearrangement x"
                + " WHERE x.booking_id = r.booking_id)", held(authority, period, "cla"));
    }

    @Override
    public Map<String, Long> rearrangementsByReason(AuthorityCode authority, ReportPeriod period) {
        return queries.grouped("SELECT x.reason, count(*) FROM review_rearrangement x WHERE x.booking_id IN"
                + " (SELECT r.booking_id" + HELD + ") GROUP BY x.reason", held(authority, period, "cla"));
    }

    /** The due-date column and the done-on column of each deadline. */
    private static final Map<Owed, String[]> OWED = Map.of(
            Owed.SOCIAL_WORK_REPORT, new String[] {"r.report_due", "r.social_work_report_received_on"},
            Owed.RECOMMENDATIONS, new String[] {"r.recommendations_due", "r.recommendations_issued_on"},
            Owed.RECORD, new String[] {"r.record_due", "r.record_completed_on"},
            Owed.LETTER, new String[] {"r.letter_due", "r.letter_sent_on"});

    @Override
    public Map<Owed, Deadlines> deadlines(AuthorityCode authority, ReportPeriod period) {
        List<Owed> owed = List.of(Owed.values());
        StringBuilder sql = new StringBuilder("SELECT ");
        List<Object> parameters = new ArrayList<>();
        for (Owed deadline : owed) {
            String due = OWED.get(deadline)[0];
            String done = OWED.get(deadline)[1];
            // As the deadline stood on the period's last day: done after it is not yet done then (reports.md).
            String met = done + " IS NOT NULL AND " + done + " <= " + due + " AND " + done + " <= ?";
            sql.append(deadline.ordinal() == 0 ? "" : ", ")
                    .append("SUM(CASE WHEN ").append(due).append(" IS NOT NULL AND ").append(met).append(" THEN 1 ELSE 0 END), ")
                    .append("SUM(CASE WHEN ").append(due).append(" IS NOT NULL AND NOT (").append(met).append(") AND ")
                    .append(due).append(" >= ? THEN 1 ELSE 0 END), ")
                    .append("SUM(CASE WHEN ").append(due).append(" IS NOT NULL THEN 1 ELSE 0 END)");
            parameters.addAll(List.of(period.to(), period.to(), period.to()));
        }
        parameters.addAll(List.of(held(authority, period, "cla")));
        return queries.query(sql + HELD, rs -> {
            Map<Owed, Deadlines> counts = new EnumMap<>(Owed.class);
            rs.next();
            for (Owed deadline : owed) {
                int column = deadline.ordinal() * 3 + 1;
                long pending = rs.getLong(column + 1);
                counts.put(deadline, new Deadlines(rs.getLong(column), rs.getLong(column + 2) - pending, pending));
            }
            return counts;
        }, parameters.toArray());
    }

    @Override
    public long midwayReviews(AuthorityCode authority, ReportPeriod period) {
        return queries.count("SELECT count(*) FROM midway_review m WHERE m.authority = ? AND m.held_on BETWEEN ? AND ?",
                authority.value(), period.from(), period.to());
    }

    @Override
    public Share midwayCoverage(AuthorityCode authority, ReportPeriod period) {
        // Sequence 1 is a first review: the interval from care starting to it is left out (reports.md).
        return queries.share("""
                SELECT count(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM midway_review m
                    WHERE m.authority = r.authority AND m.child_id = r.child_id AND m.held_on < r.first_meeting
                      AND m.held_on > (SELECT MAX(q.last_meeting) FROM review q WHERE q.authority = r.authority
                        AND q.child_id = r.child_id AND q.kind = 'cla' AND q.series_complete = TRUE
                        AND q.last_meeting < r.first_meeting))
                  THEN 1 ELSE 0 END)""" + HELD + " AND r.sequence <> 1",
                held(authority, period, "cla"));
    }

    @Override
    public Map<String, Long> adjournmentsByReason(AuthorityCode authority, ReportPeriod period) {
        return queries.grouped("SELECT adjournment_reason, count(*) FROM review_booking WHERE authority = ?"
                + " AND adjourned_on BETWEEN ? AND ? GROUP BY adjournment_reason", authority.value(), period.from(),
                period.to());
    }

    /**
     * The due date that stood on {@code day}: that of the first review held after it in the same period of care (as
     * measured when it was held; one on the period's end date is the period's), or, with none held since, the child's
     * next review as it stands now. A child whose
     * period ended after the day with no review in between counts as up to date: nothing stored says otherwise; so
     * does one whose next review held had no due date to be measured by (the records began part-way through care).
     */
    @Override
    public Share upToDate(AuthorityCode authority, LocalDate day) {
        return queries.share("""
                SELECT count(*), SUM(CASE WHEN due IS NULL OR due >= ? THEN 1 ELSE 0 END) FROM (
                  SELECT COALESCE(
                    (SELECT COALESCE(r.due_date, DATE '9999-12-31') FROM review r
                       WHERE r.authority = p.authority AND r.child_id = p.child_id
                       AND r.kind = 'cla' AND r.series_complete = TRUE AND r.first_meeting > ?
                       AND (p.end_date IS NULL OR r.last_meeting <= p.end_date)
                     ORDER BY r.first_meeting FETCH FIRST 1 ROW ONLY),
                    CASE WHEN p.end_date IS NULL THEN c.next_review_due END) AS due
                  FROM period_of_care p JOIN child c ON c.authority = p.authority AND c.child_id = p.child_id
                  WHERE p.authority = ? AND p.start_date <= ? AND (p.end_date IS NULL OR p.end_date > ?)
                ) looked_after""", day, day, authority.value(), day, day);
    }
}
