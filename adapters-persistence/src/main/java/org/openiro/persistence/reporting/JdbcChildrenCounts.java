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

    @Override
    public Map<Profile, Long> lookedAfterOn(AuthorityCode authority, LocalDate day, ReportPeriod period,
                                            List<Integer> ageBandUpperBounds) {
        StringBuilder band = new StringBuilder("CASE");
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < ageBandUpperBounds.size(); i++) {
            // Under N on the day: born after the day N years before it.
            band.append(" WHEN c.date_of_birth > ? THEN ").append(i);
            parameters.add(day.minusYears(ageBandUpperBounds.get(i)));
        }
        band.append(" ELSE ").append(ageBandUpperBounds.size()).append(" END");
        // The legal status and placement on the day: the latest of each period's. PostgreSQL ranks them once over the
        // authority's rows (a third of the time of a lookup period by period for the largest authority); H2 does
        // not join a ranked subquery by index, and takes seconds for a county that way, so it looks them up.
        String latest = queries.postgres() ? """
                  LEFT JOIN (SELECT period_id, code, ROW_NUMBER() OVER (PARTITION BY period_id
                               ORDER BY from_date DESC, id DESC) AS latest
                             FROM legal_status WHERE authority = ? AND from_date <= ?) ls
                    ON ls.period_id = p.id AND ls.latest = 1
                  LEFT JOIN (SELECT period_id, type, over_20_miles, ROW_NUMBER() OVER (PARTITION BY period_id
                               ORDER BY start_date DESC, id DESC) AS latest
                             FROM placement WHERE authority = ? AND start_date <= ?) pl
                    ON pl.period_id = p.id AND pl.latest = 1""" : """
                  LEFT JOIN legal_status ls ON ls.id = (SELECT x.id FROM legal_status x WHERE x.period_id = p.id
                    AND x.authority = ? AND x.from_date <= ? ORDER BY x.from_date DESC, x.id DESC LIMIT 1)
                  LEFT JOIN placement pl ON pl.id = (SELECT x.id FROM placement x WHERE x.period_id = p.id
                    AND x.authority = ? AND x.start_date <= ? ORDER BY x.start_date DESC, x.id DESC LIMIT 1)""";
        String sql = """
                SELECT gender, ethnicity, band, legal, placement, over20, uasc, count(*) FROM (
                  SELECT c.gender AS gender, c.ethnicity AS ethnicity, %s AS band, ls.code AS legal,
                    pl.type AS placement,
                    CASE WHEN pl.over_20_miles IS NULL THEN 'unknown' WHEN pl.over_20_miles THEN 'yes' ELSE 'no' END
                      AS over20,
                    c.uasc AS uasc
                  FROM period_of_care p JOIN child c ON c.authority = p.authority AND c.child_id = p.child_id
                %s
                  WHERE p.authority = ? AND p.start_date <= ? AND (p.end_date IS NULL OR p.end_date > ?)%s
                ) looked_after
                GROUP BY gender, ethnicity, band, legal, placement, over20, uasc"""
                .formatted(band, latest, NOT_SHORT_BREAKS_ONLY);
        parameters.add(authority.value());
        parameters.add(day);
        parameters.add(authority.value());
        parameters.add(day);
        parameters.add(authority.value());
        parameters.add(day);
        parameters.add(day);
        parameters.addAll(ShortBreakEpisodes.notAloneBinding(authority.value(), period.from(), period.to()));
        return queries.query(sql, rs -> {
            Map<Profile, Long> profiles = new HashMap<>();
            while (rs.next()) {
                String over20 = rs.getString(6);
                profiles.put(new Profile(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), over20 == null || over20.equals("unknown") ? null : over20.equals("yes"),
                        rs.getBoolean(7)), rs.getLong(8));
            }
            return profiles;
        }, parameters.toArray());
    }

    private static final String STARTED = " FROM period_of_care p JOIN child c ON c.authority = p.authority"
            + " AND c.child_id = p.child_id WHERE p.authority = ? AND p.start_known = TRUE"
            + " AND p.start_date BETWEEN ? AND ?" + NOT_SHORT_BREAKS_ONLY;

    /** The parameters of a query of the period's periods of care: the authority, the period, and {@code STARTED}'s. */
    private static Object[] inPeriod(AuthorityCode authority, ReportPeriod period) {
        List<Object> parameters = new ArrayList<>(List.of(authority.value(), period.from(), period.to()));
        parameters.addAll(ShortBreakEpisodes.notAloneBinding(authority.value(), period.from(), period.to()));
        return parameters.toArray();
    }

    @Override
    public Started started(AuthorityCode authority, ReportPeriod period) {
        return queries.query("SELECT count(*), count(DISTINCT p.child_id),"
                + " count(DISTINCT CASE WHEN c.uasc THEN p.child_id END)" + STARTED,
                rs -> rs.next() ? new Started(rs.getLong(1), rs.getLong(2), rs.getLong(3)) : new Started(0, 0, 0),
                inPeriod(authority, period));
    }

    @Override
    public Map<String, Long> legalStatusAtEntry(AuthorityCode authority, ReportPeriod period) {
        return queries.grouped("SELECT legal, count(*) FROM (SELECT (SELECT ls.code FROM legal_status ls"
                + " WHERE ls.period_id = p.id ORDER BY ls.from_date, ls.id FETCH FIRST 1 ROW ONLY) AS legal"
                + STARTED + ") entered GROUP BY legal", inPeriod(authority, period));
    }

    @Override
    public Map<Ceased, Long> ceased(AuthorityCode authority, ReportPeriod period) {
        // Whole years: 18 on the day the period ended when born on or before that day 18 years earlier, which the
        // database works out per row with its own date arithmetic, the same on H2 and PostgreSQL.
        return queries.query("""
                SELECT reason, adult, uasc, count(*) FROM (
                  SELECT p.end_reason AS reason,
                    CASE WHEN EXTRACT(YEAR FROM p.end_date) - EXTRACT(YEAR FROM c.date_of_birth) > 18
                      OR (EXTRACT(YEAR FROM p.end_date) - EXTRACT(YEAR FROM c.date_of_birth) = 18
                          AND (EXTRACT(MONTH FROM p.end_date) > EXTRACT(MONTH FROM c.date_of_birth)
                            OR (EXTRACT(MONTH FROM p.end_date) = EXTRACT(MONTH FROM c.date_of_birth)
                                AND EXTRACT(DAY FROM p.end_date) >= EXTRACT(DAY FROM c.date_of_birth))))
                    THEN 1 ELSE 0 END AS adult,
                    c.uasc AS uasc
                  FROM period_of_care p JOIN child c ON c.authority = p.authority AND c.child_id = p.child_id
                  WHERE p.authority = ? AND p.end_date BETWEEN ? AND ?""" + NOT_SHORT_BREAKS_ONLY + """
                ) ended
                GROUP BY reason, adult, uasc""", rs -> {
            Map<Ceased, Long> ceased = new HashMap<>();
            while (rs.next()) {
                ceased.put(new Ceased(rs.getString(1), rs.getInt(2) == 1, rs.getBoolean(3)), rs.getLong(4));
            }
            return ceased;
        }, inPeriod(authority, period));
    }

    @Override
    public long careLeaversSupported(AuthorityCode authority, ReportPeriod period) {
        return queries.count("SELECT count(DISTINCT r.child_id) FROM review r WHERE r.authority = ?"
                + " AND r.kind = 'pathway-plan' AND r.series_complete = TRUE AND r.last_meeting BETWEEN ? AND ?",
                authority.value(), period.from(), period.to());
    }
}
