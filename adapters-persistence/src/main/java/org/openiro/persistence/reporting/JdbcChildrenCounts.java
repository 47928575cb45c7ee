package org.openiro.persistence.reporting;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.persistence.children.ShortBreakEpisodes;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.port.out.ChildrenCounts;

/** "Children looked after" grouped by the database: a few hundred groups at most, never a row a child. */
@Singleton
class JdbcChildrenCounts implements ChildrenCounts {

    /**
     * Left out of the section: a child whose every episode in the report's period is a short break (reports.md; the
     * DfE's statistics by year). Every period of care counted here falls in the report's period. Binds
     * {@link ShortBreakEpisodes#notAloneBinding}.
     */
    private static final String NOT_SHORT_BREAKS_ONLY = ShortBreakEpisodes.notOnShortBreaksAlone("p.child_id");

    private final ReportQueries queries;

    JdbcChildrenCounts(ReportQueries queries) {
        this.queries = queries;
    }

    /** The breakdowns' bits in {@code GROUPING(gender, ethnicity, band, legal, placement, over20)}, first to last. */
    private static final int GENDER = 32;
    private static final int ETHNICITY = 16;
    private static final int BAND = 8;
    private static final int LEGAL = 4;
    private static final int PLACEMENT = 2;
    private static final int OVER_20 = 1;
    /** A row grouped by none of them: the day's children all told. */
    private static final int ALL = 63;

    /**
     * Both days in one query: the days are rows of their own ({@code VALUES}, each with its age bands' dates of
     * birth), joined to the periods of care open on them, so the authority's periods and children are read once for
     * both. The legal status and placement are joined for the last day only, the one the report breaks down.
     * PostgreSQL counts each breakdown as a grouping set of its own ({@code GROUPING SETS}: a few dozen groups)
     * where grouping by every combination of the six sorted 8,000 rows for the largest authority (docs/benchmarks.md,
     * {@code report}, issue 23's fifth step); H2, which has no grouping sets, groups by the combinations and each row
     * is added to every breakdown here.
     */
    @Override
    public LookedAfter lookedAfter(AuthorityCode authority, ReportPeriod period, List<Integer> ageBandUpperBounds) {
        List<LocalDate> days = List.of(period.dayBefore(), period.to());
        List<Object> parameters = new ArrayList<>();
        StringBuilder values = new StringBuilder();
        StringBuilder columns = new StringBuilder("i, on_day");
        StringBuilder band = new StringBuilder("CASE");
        for (int b = 0; b < ageBandUpperBounds.size(); b++) {
            // Under N on the day: born after the day N years before it.
            columns.append(", under").append(b);
            band.append(" WHEN c.date_of_birth > d.under").append(b).append(" THEN ").append(b);
        }
        band.append(" ELSE ").append(ageBandUpperBounds.size()).append(" END");
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            values.append(i == 0 ? "" : ", ").append('(').append(i).append(", CAST(? AS DATE)");
            parameters.add(day);
            for (Integer years : ageBandUpperBounds) {
                values.append(", CAST(? AS DATE)");
                parameters.add(day.minusYears(years));
            }
            values.append(')');
        }
        // The legal status and placement on the last day (d.i = 1): the latest of each period's by then. PostgreSQL
        // ranks the authority's rows once, each with the date the next of its period's begins (the latest on a day is
        // the one begun by then whose next had not); H2 does not join a ranked subquery by index, and takes seconds
        // for a county that way, so it looks them up period by period.
        boolean postgres = queries.postgres();
        String latest = postgres ? """
                  LEFT JOIN (SELECT period_id, code, from_date, LEAD(from_date) OVER (PARTITION BY period_id
                               ORDER BY from_date, id) AS next_from
                             FROM legal_status WHERE authority = ? AND from_date <= ?) ls
                    ON d.i = 1 AND ls.period_id = p.id AND ls.from_date <= d.on_day
                      AND (ls.next_from IS NULL OR ls.next_from > d.on_day)
                  LEFT JOIN (SELECT period_id, type, over_20_miles, start_date, LEAD(start_date) OVER (PARTITION BY
                               period_id ORDER BY start_date, id) AS next_start
                             FROM placement WHERE authority = ? AND start_date <= ?) pl
                    ON d.i = 1 AND pl.period_id = p.id AND pl.start_date <= d.on_day
                      AND (pl.next_start IS NULL OR pl.next_start > d.on_day)""" : """
                  LEFT JOIN legal_status ls ON d.i = 1 AND ls.id = (SELECT x.id FROM legal_status x
                    WHERE x.period_id = p.id AND x.authority = ? AND x.from_date <= d.on_day AND x.from_date <= ?
                    ORDER BY x.from_date DESC, x.id DESC LIMIT 1)
                  LEFT JOIN placement pl ON d.i = 1 AND pl.id = (SELECT x.id FROM placement x
                    WHERE x.period_id = p.id AND x.authority = ? AND x.start_date <= d.on_day AND x.start_date <= ?
                    ORDER BY x.start_date DESC, x.id DESC LIMIT 1)""";
        String dimensions = "gender, ethnicity, band, legal, placement, over20";
        String grouping = postgres
                ? "GROUPING(" + dimensions + ")"
                : "0";
        String groupBy = postgres
                ? "GROUPING SETS ((i), (i, gender), (i, ethnicity), (i, band), (i, legal), (i, placement), (i, over20))"
                : "i, " + dimensions;
        String sql = """
                SELECT i, %s, %s, count(*) FROM (
                  SELECT d.i AS i, c.gender AS gender, c.ethnicity AS ethnicity, %s AS band, ls.code AS legal,
                    pl.type AS placement,
                    CASE WHEN pl.over_20_miles IS NULL THEN 'unknown' WHEN pl.over_20_miles THEN 'yes' ELSE 'no' END
                      AS over20
                  FROM (VALUES %s) d(%s)
                  JOIN period_of_care p ON p.start_date <= d.on_day AND (p.end_date IS NULL OR p.end_date > d.on_day)
                  JOIN child c ON c.authority = p.authority AND c.child_id = p.child_id
                %s
                  WHERE p.authority = ?%s
                ) looked_after
                GROUP BY %s"""
                .formatted(grouping, dimensions, band, values, columns, latest, NOT_SHORT_BREAKS_ONLY, groupBy);
        LocalDate last = period.to();
        parameters.add(authority.value());
        parameters.add(last);
        parameters.add(authority.value());
        parameters.add(last);
        parameters.add(authority.value());
        parameters.addAll(ShortBreakEpisodes.notAloneBinding(authority.value(), period.from(), period.to()));
        return queries.query(sql, rs -> {
            long atStart = 0;
            Breakdown.Tally atEnd = new Breakdown.Tally();
            while (rs.next()) {
                int grouped = rs.getInt(2);
                long n = rs.getLong(9);
                // A row of every combination (H2, grouped by all: 0) counts in the total and every breakdown; of the
                // grouping sets (PostgreSQL), the day's total is the row grouped by none, each other row one breakdown.
                boolean whole = grouped == ALL || grouped == 0;
                if (rs.getInt(1) == 0) {
                    atStart += whole ? n : 0;
                    continue;
                }
                atEnd.children(whole ? n : 0);
                if ((grouped & GENDER) == 0) {
                    atEnd.gender(rs.getString(3), n);
                }
                if ((grouped & ETHNICITY) == 0) {
                    atEnd.ethnicity(rs.getString(4), n);
                }
                if ((grouped & BAND) == 0) {
                    atEnd.ageBand(rs.getInt(5), n);
                }
                if ((grouped & LEGAL) == 0) {
                    atEnd.legalStatus(rs.getString(6), n);
                }
                if ((grouped & PLACEMENT) == 0) {
                    atEnd.placementType(rs.getString(7), n);
                }
                if ((grouped & OVER_20) == 0) {
                    String over = rs.getString(8);
                    atEnd.distance("yes".equals(over) ? Boolean.TRUE : "no".equals(over) ? Boolean.FALSE : null, n);
                }
            }
            return new LookedAfter(atStart, atEnd.breakdown());
        }, parameters.toArray());
    }

    /**
     * The periods of care started or ended in the period, read once for the three figures that had a query each (the
     * periods started, their first legal status, the periods ended): each row says whether its period started and
     * whether it ended in the period, so a period that did both counts in both; the child's first period started in
     * the period is numbered 1, so that the distinct children started are a sum over the groups. The short breaks'
     * set is worked out once instead of three times (docs/benchmarks.md, {@code report}, issue 23's fourth step).
     */
    @Override
    public StartedAndCeased startedAndCeased(AuthorityCode authority, ReportPeriod period) {
        String started = "p.start_known = TRUE AND p.start_date BETWEEN ? AND ?";
        String ended = "p.end_date BETWEEN ? AND ?";
        // Whole years: 18 on the day the period ended when born on or before that day 18 years earlier, which the
        // database works out per row with its own date arithmetic, the same on H2 and PostgreSQL.
        String adult = """
                CASE WHEN EXTRACT(YEAR FROM p.end_date) - EXTRACT(YEAR FROM c.date_of_birth) > 18
                  OR (EXTRACT(YEAR FROM p.end_date) - EXTRACT(YEAR FROM c.date_of_birth) = 18
                      AND (EXTRACT(MONTH FROM p.end_date) > EXTRACT(MONTH FROM c.date_of_birth)
                        OR (EXTRACT(MONTH FROM p.end_date) = EXTRACT(MONTH FROM c.date_of_birth)
                            AND EXTRACT(DAY FROM p.end_date) >= EXTRACT(DAY FROM c.date_of_birth))))
                THEN 1 ELSE 0 END""";
        String sql = """
                SELECT started, legal, ended, reason, adult, uasc, count(*), SUM(CASE WHEN nth = 1 THEN 1 ELSE 0 END)
                FROM (
                  SELECT m.*, ROW_NUMBER() OVER (PARTITION BY m.child_id, m.started ORDER BY m.id) AS nth FROM (
                    SELECT p.id AS id, p.child_id AS child_id, c.uasc AS uasc,
                      CASE WHEN %1$s THEN 1 ELSE 0 END AS started,
                      CASE WHEN %1$s THEN (SELECT ls.code FROM legal_status ls WHERE ls.period_id = p.id
                        ORDER BY ls.from_date, ls.id FETCH FIRST 1 ROW ONLY) END AS legal,
                      CASE WHEN %2$s THEN 1 ELSE 0 END AS ended,
                      CASE WHEN %2$s THEN p.end_reason END AS reason,
                      CASE WHEN %2$s THEN %3$s ELSE 0 END AS adult
                    FROM period_of_care p JOIN child c ON c.authority = p.authority AND c.child_id = p.child_id
                    WHERE p.authority = ? AND (%1$s OR %2$s)%4$s
                  ) m
                ) moved
                GROUP BY started, legal, ended, reason, adult, uasc"""
                .formatted(started, ended, adult, NOT_SHORT_BREAKS_ONLY);
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // The columns test the period five times: started, its legal status, ended, its reason, the age.
            parameters.addAll(List.of(period.from(), period.to()));
        }
        parameters.add(authority.value());
        parameters.addAll(List.of(period.from(), period.to(), period.from(), period.to()));
        parameters.addAll(ShortBreakEpisodes.notAloneBinding(authority.value(), period.from(), period.to()));
        return queries.query(sql, rs -> {
            long periods = 0;
            long children = 0;
            long uasc = 0;
            Map<String, Long> legalStatusAtEntry = new HashMap<>();
            Map<Ceased, Long> ceased = new HashMap<>();
            while (rs.next()) {
                long n = rs.getLong(7);
                boolean isUasc = rs.getBoolean(6);
                if (rs.getInt(1) == 1) {
                    long firsts = rs.getLong(8);
                    periods += n;
                    children += firsts;
                    uasc += isUasc ? firsts : 0;
                    if (rs.getString(2) != null) {
                        legalStatusAtEntry.merge(rs.getString(2), n, Long::sum);
                    }
                }
                if (rs.getInt(3) == 1) {
                    ceased.merge(new Ceased(rs.getString(4), rs.getInt(5) == 1, isUasc), n, Long::sum);
                }
            }
            return new StartedAndCeased(new Started(periods, children, uasc), legalStatusAtEntry, ceased);
        }, parameters.toArray());
    }

    @Override
    public long careLeaversSupported(AuthorityCode authority, ReportPeriod period) {
        return queries.count("SELECT count(DISTINCT r.child_id) FROM review r WHERE r.authority = ?"
                + " AND r.kind = 'pathway-plan' AND r.series_complete = TRUE AND r.last_meeting BETWEEN ? AND ?",
                authority.value(), period.from(), period.to());
    }
}
