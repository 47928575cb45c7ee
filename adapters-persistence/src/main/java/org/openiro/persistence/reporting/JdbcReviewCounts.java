package org.openiro.persistence.reporting;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.port.out.ByPeriod;
import org.openiro.reporting.port.out.ReviewCounts;

/**
 * The review figures counted by the database: the counts over the reviews held in one aggregate query (a sum a
 * count), the rest in one query each. A review's due date and timeliness are
 * stored on it when its child's history is measured, so "in timescale" is a column here, not a computation.
 */
@Singleton
class JdbcReviewCounts implements ReviewCounts {

    /** Reviews of a kind held in the period: complete, their last meeting in it. Binds authority, kind, from, to. */
    private static final String HELD = " FROM review r WHERE r.authority = ? AND r.kind = ? AND r.series_complete = TRUE"
            + " AND r.last_meeting BETWEEN ? AND ?";

    private final ReportQueries queries;

    JdbcReviewCounts(ReportQueries queries) {
        this.queries = queries;
    }

    private static Object[] held(AuthorityCode authority, ReportPeriod period, String kind) {
        // The order of HELD's parameters.
        return new Object[] {authority.value(), kind, period.from(), period.to()};
    }

    /**
     * The reviews of both kinds held in the period, read once: each count is a sum over them under the test the
     * figure's own query had (its kind among it), one row a month of last meetings, added up here for the period.
     */
    @Override
    public HeldInPeriod held(AuthorityCode authority, ReportPeriod period) {
        List<String> tests = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        // 0-2: looked-after reviews held; measured (with a due date to be measured by); in timescale. A review with
        // no due date (the first of a period of care whose start the records do not show) is out of the share.
        tests.add("r.kind = 'cla'");
        tests.add("r.kind = 'cla' AND r.in_timescale IS NOT NULL");
        tests.add("r.kind = 'cla' AND r.in_timescale");
        // 3-14: each deadline's met, pending (not met, not yet passed) and due.
        for (Owed deadline : Owed.values()) {
            String due = OWED.get(deadline)[0];
            String done = OWED.get(deadline)[1];
            // As the deadline stood on the period's last day: done after it is not yet done then (reports.md).
            String met = done + " IS NOT NULL AND " + done + " <= " + due + " AND " + done + " <= ?";
            tests.add("r.kind = 'cla' AND " + due + " IS NOT NULL AND " + met);
            tests.add("r.kind = 'cla' AND " + due + " IS NOT NULL AND NOT (" + met + ") AND " + due + " >= ?");
            tests.add("r.kind = 'cla' AND " + due + " IS NOT NULL");
            parameters.addAll(List.of(period.to(), period.to(), period.to()));
        }
        // 15: rearranged at least once. The authority's rearranged bookings are a set read once (PostgreSQL hashes
        // an uncorrelated IN): an EXISTS per review cost more than reading the reviews (docs/benchmarks.md, report).
        tests.add("r.kind = 'cla' AND r.booking_id IN (SELECT x.booking_id FROM review_rearrangement x"
                + " WHERE x.authority = ?)");
        parameters.add(authority.value());
        // 16-17: midway coverage. Sequence 1 is a first review: the interval from care starting to it is left out
        // (reports.md). Only a review of a child with a midway review at all (a set read once, tested first: a
        // CASE's AND stops at the first false) looks for one between it and the review before it.
        tests.add("r.kind = 'cla' AND r.sequence <> 1");
        tests.add("""
                r.kind = 'cla' AND r.sequence <> 1
                  AND r.child_id IN (SELECT w.child_id FROM midway_review w WHERE w.authority = ?)
                  AND EXISTS (SELECT 1 FROM midway_review m
                    WHERE m.authority = r.authority AND m.child_id = r.child_id AND m.held_on < r.first_meeting
                      AND m.held_on > (SELECT MAX(q.last_meeting) FROM review q WHERE q.authority = r.authority
                        AND q.child_id = r.child_id AND q.kind = 'cla' AND q.series_complete = TRUE
                        AND q.last_meeting < r.first_meeting))""");
        parameters.add(authority.value());
        // 18-21: pathway plan reviews held, measured, in timescale, attended.
        tests.add("r.kind = 'pathway-plan'");
        tests.add("r.kind = 'pathway-plan' AND r.in_timescale IS NOT NULL");
        tests.add("r.kind = 'pathway-plan' AND r.in_timescale");
        tests.add("r.kind = 'pathway-plan' AND r.attended");
        String month = "EXTRACT(YEAR FROM r.last_meeting), EXTRACT(MONTH FROM r.last_meeting)";
        StringBuilder sql = new StringBuilder("SELECT ").append(month);
        tests.forEach(test -> sql.append(", SUM(CASE WHEN ").append(test).append(" THEN 1 ELSE 0 END)"));
        sql.append(" FROM review r WHERE r.authority = ? AND r.kind IN ('cla', 'pathway-plan')")
                .append(" AND r.series_complete = TRUE AND r.last_meeting BETWEEN ? AND ? GROUP BY ").append(month);
        parameters.addAll(List.of(authority.value(), period.from(), period.to()));
        return queries.query(sql.toString(), rs -> {
            long[] n = new long[tests.size()];
            Map<String, Held> byMonth = new HashMap<>();
            while (rs.next()) {
                for (int i = 0; i < n.length; i++) {
                    n[i] += rs.getLong(i + 3);
                }
                if (rs.getLong(3) > 0) {
                    byMonth.put(String.format("%04d-%02d", rs.getInt(1), rs.getInt(2)),
                            new Held(rs.getLong(3), new Share(rs.getLong(4), rs.getLong(5))));
                }
            }
            Map<Owed, Deadlines> deadlines = new EnumMap<>(Owed.class);
            for (Owed deadline : Owed.values()) {
                int met = 3 + deadline.ordinal() * 3;
                long pending = n[met + 1];
                deadlines.put(deadline, new Deadlines(n[met], n[met + 2] - pending, pending));
            }
            return new HeldInPeriod(new Held(n[0], new Share(n[1], n[2])), byMonth, deadlines, n[15],
                    new Share(n[16], n[17]), new Held(n[18], new Share(n[19], n[20])), new Share(n[18], n[21]));
        }, parameters.toArray());
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
    public long midwayReviews(AuthorityCode authority, ReportPeriod period) {
        return queries.count("SELECT count(*) FROM midway_review m WHERE m.authority = ? AND m.held_on BETWEEN ? AND ?",
                authority.value(), period.from(), period.to());
    }

    @Override
    public Map<String, Long> adjournmentsByReason(AuthorityCode authority, ReportPeriod period) {
        return queries.grouped("SELECT adjournment_reason, count(*) FROM review_booking WHERE authority = ?"
                + " AND adjourned_on BETWEEN ? AND ? GROUP BY adjournment_reason", authority.value(), period.from(),
                period.to());
    }

    /**
     * Each period of care open on a day ({@code ?}: the authority, then the day four times) with its reviews held after
     * the day, ranked by first meeting ({@code n = 1} the first): what "up to date" reads for one day or two.
     */
    private static final String FIRST_REVIEWS_AFTER = """
            SELECT o.id AS period_id, COALESCE(r.due_date, DATE '9999-12-31') AS due,
              ROW_NUMBER() OVER (PARTITION BY o.id ORDER BY r.first_meeting, r.id) AS n
            FROM review r JOIN period_of_care o ON o.authority = r.authority AND o.child_id = r.child_id
            WHERE r.authority = ? AND r.kind = 'cla' AND r.series_complete = TRUE
              AND r.last_meeting > ? AND r.first_meeting > ?
              AND o.start_date <= ? AND (o.end_date IS NULL OR o.end_date > ?)
              AND (o.end_date IS NULL OR r.last_meeting <= o.end_date)""";

    /**
     * The due date that stood on {@code day}: that of the first review held after it in the same period of care (as
     * measured when it was held; one on the period's end date is the period's), or, with none held since, the child's
     * next review as it stands now. A child whose
     * period ended after the day with no review in between counts as up to date: nothing stored says otherwise; so
     * does one whose next review held had no due date to be measured by (the records began part-way through care).
     *
     * <p>The first reviews after the day are found for every period at once, from the authority's reviews whose last
     * meeting is after the day (a series' last meeting is never before its first, so every review whose first meeting
     * is after the day is among them, and the authority's index on the last meeting finds them), ranked within their
     * period by first meeting: a lookup of each period's reviews one by one read all of each child's reviews, over
     * four thousand lookups for the largest authority (docs/benchmarks.md, {@code report}).
     */
    @Override
    public Share upToDate(AuthorityCode authority, LocalDate day) {
        return queries.share("""
                SELECT count(*), SUM(CASE WHEN due IS NULL OR due >= ? THEN 1 ELSE 0 END) FROM (
                  SELECT COALESCE(nx.due, CASE WHEN p.end_date IS NULL THEN c.next_review_due END) AS due
                  FROM period_of_care p JOIN child c ON c.authority = p.authority AND c.child_id = p.child_id
                  LEFT JOIN (
                    SELECT period_id, due FROM (%s) ranked WHERE n = 1
                  ) nx ON nx.period_id = p.id
                  WHERE p.authority = ? AND p.start_date <= ? AND (p.end_date IS NULL OR p.end_date > ?)
                ) looked_after""".formatted(FIRST_REVIEWS_AFTER), day, authority.value(), day, day, day, day,
                authority.value(), day, day);
    }

    /**
     * As {@link #upToDate(AuthorityCode, LocalDate)}, on two days in one statement on PostgreSQL: the days are rows of
     * their own ({@code VALUES}), so the authority's periods of care and children are read once for both, and each
     * day's first reviews after it are ranked as before, the two joined as one set ({@code UNION ALL}). Joining the
     * days to the reviews instead read every review after the earlier day for each day (17,331 rows against 8,666
     * for the largest authority) and was slower than two statements (docs/benchmarks.md, {@code report}, issue 23's
     * sixth step). H2 is asked a day at a time, as before.
     */
    @Override
    public ByPeriod<Share> upToDate(AuthorityCode authority, LocalDate day, LocalDate previousDay) {
        if (!queries.postgres()) {
            return new ByPeriod<>(upToDate(authority, day), upToDate(authority, previousDay));
        }
        String firstAfter = "SELECT %d AS i, period_id, due FROM (" + FIRST_REVIEWS_AFTER + ") ranked%1$d WHERE n = 1";
        return queries.query("""
                SELECT i, count(*), SUM(CASE WHEN due IS NULL OR due >= on_day THEN 1 ELSE 0 END) FROM (
                  SELECT d.i AS i, d.on_day AS on_day,
                    COALESCE(nx.due, CASE WHEN p.end_date IS NULL THEN c.next_review_due END) AS due
                  FROM (VALUES (0, CAST(? AS DATE)), (1, CAST(? AS DATE))) d(i, on_day)
                  JOIN period_of_care p ON p.start_date <= d.on_day AND (p.end_date IS NULL OR p.end_date > d.on_day)
                  JOIN child c ON c.authority = p.authority AND c.child_id = p.child_id
                  LEFT JOIN (
                %s
                    UNION ALL
                %s
                  ) nx ON nx.i = d.i AND nx.period_id = p.id
                  WHERE p.authority = ?
                ) looked_after GROUP BY i""".formatted(firstAfter.formatted(0), firstAfter.formatted(1)), rs -> {
                    Share[] shares = {Share.NONE, Share.NONE};
                    while (rs.next()) {
                        shares[rs.getInt(1)] = new Share(rs.getLong(2), rs.getLong(3));
                    }
                    return new ByPeriod<>(shares[0], shares[1]);
                }, day, previousDay, authority.value(), day, day, day, day, authority.value(), previousDay, previousDay,
                previousDay, previousDay, authority.value());
    }
}
