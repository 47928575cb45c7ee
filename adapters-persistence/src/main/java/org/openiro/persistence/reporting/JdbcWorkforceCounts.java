package org.openiro.persistence.reporting;

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

    /**
     * The caseload and the care leavers beside it, each a distinct count over the same allocations. The children
     * looked after that day are a set joined once to the allocations (two lookups an allocation took ten times as
     * long for the largest authority: docs/benchmarks.md, report); the lookup of a pathway plan
     * reviewed by then is left for the few allocations of children not looked after, where reading every review of
     * the authority up to the day as a set was slower (the third step's measurement).
     */
    @Override
    public Caseloads caseloadsOn(AuthorityCode authority, LocalDate day) {
        return queries.query("""
                SELECT a.iro_id, count(DISTINCT CASE WHEN la.child_id IS NOT NULL THEN a.child_id END),
                  count(DISTINCT CASE WHEN la.child_id IS NULL AND EXISTS (SELECT 1 FROM review r
                    WHERE r.authority = a.authority AND r.child_id = a.child_id AND r.kind = 'pathway-plan'
                      AND r.series_complete = TRUE AND r.last_meeting <= ?) THEN a.child_id END)
                FROM iro_allocation a LEFT JOIN (
                  SELECT DISTINCT p.child_id FROM period_of_care p
                  WHERE p.authority = ? AND p.start_date <= ? AND (p.end_date IS NULL OR p.end_date > ?)
                ) la ON la.child_id = a.child_id
                WHERE a.authority = ? AND a.held_from <= ? AND (a.held_to IS NULL OR a.held_to > ?)
                GROUP BY a.iro_id""", rs -> {
                    Map<String, Long> lookedAfter = new HashMap<>();
                    Map<String, Long> careLeavers = new HashMap<>();
                    while (rs.next()) {
                        if (rs.getString(1) != null) {
                            lookedAfter.put(rs.getString(1), rs.getLong(2));
                            careLeavers.put(rs.getString(1), rs.getLong(3));
                        }
                    }
                    return new Caseloads(lookedAfter, careLeavers);
                }, day, authority.value(), day, day, authority.value(), day, day);
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
