package org.openiro.persistence;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.port.out.WorkforceCounts;

/** Caseloads and continuity counted by the database. An allocation holds from its first day to the day before its end. */
@Singleton
class JdbcWorkforceCounts implements WorkforceCounts {

    private final ReportQueries queries;

    JdbcWorkforceCounts(ReportQueries queries) {
        this.queries = queries;
    }

    /** The allocations holding on a day. Binds authority, day, day. */
    private static final String ALLOCATED_ON = " FROM iro_allocation a WHERE a.authority = ? AND a.held_from <= ?"
            + " AND (a.held_to IS NULL OR a.held_to > ?)";
    /** The allocated child is looked after on a day. Binds day, day. */
    private static final String LOOKED_AFTER_ON = " EXISTS (SELECT 1 FROM period_of_care p"
            + " WHERE p.authority = a.authority AND p.child_id = a.child_id"
            + " AND p.start_date <= ? AND (p.end_date IS NULL OR p.end_date > ?))";

    /** The caseload and the care leavers beside it, each a distinct count over the same allocations. */
    @Override
    public Caseloads caseloadsOn(AuthorityCode authority, LocalDate day) {
        return queries.query("SELECT a.iro_id, count(DISTINCT CASE WHEN" + LOOKED_AFTER_ON + " THEN a.child_id END),"
                + " count(DISTINCT CASE WHEN NOT" + LOOKED_AFTER_ON + " AND EXISTS (SELECT 1 FROM review r"
                + " WHERE r.authority = a.authority AND r.child_id = a.child_id AND r.kind = 'pathway-plan'"
                + " AND r.series_complete = TRUE AND r.last_meeting <= ?) THEN a.child_id END)" + ALLOCATED_ON
                + " GROUP BY a.iro_id", rs -> {
                    Map<String, Long> lookedAfter = new HashMap<>();
                    Map<String, Long> careLeavers = new HashMap<>();
                    while (rs.next()) {
                        if (rs.getString(1) != null) {
                            lookedAfter.put(rs.getString(1), rs.getLong(2));
                            careLeavers.put(rs.getString(1), rs.getLong(3));
                        }
                    }
                    return new Caseloads(lookedAfter, careLeavers);
                }, day, day, day, day, day, authority.value(), day, day);
    }

    @Override
    public long childrenWithIroChange(AuthorityCode authority, ReportPeriod period) {
        return queries.count("""
                SELECT count(*) FROM (
                  SELECT a.child_id FROM iro_allocation a
                  WHERE a.authority = ? AND a.held_from <= ? AND (a.held_to IS NULL OR a.held_to > ?)
                  GROUP BY a.child_id HAVING count(DISTINCT a.iro_id) > 1
                ) changed""", authority.value(), period.to(), period.from());
    }

    @Override
    public long iroChanges(AuthorityCode authority, ReportPeriod period) {
        return queries.count("""
                SELECT count(*) FROM iro_allocation a
                WHERE a.authority = ? AND a.held_from BETWEEN ? AND ?
                  AND EXISTS (SELECT 1 FROM iro_allocation b WHERE b.authority = a.authority AND b.child_id = a.child_id
                              AND b.held_to = a.held_from AND b.iro_id <> a.iro_id)""",
                authority.value(), period.from(), period.to());
    }
}
