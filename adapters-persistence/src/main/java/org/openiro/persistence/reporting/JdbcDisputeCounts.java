package org.openiro.persistence.reporting;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.port.out.DisputeCounts;
import org.openiro.reporting.port.out.ReviewCounts.Share;

/** The dispute resolution figures counted by the database: one aggregate query for the figures that read the same rows. */
@Singleton
class JdbcDisputeCounts implements DisputeCounts {

    /** The IRO's alerts (not partner escalations) raised in the period. Binds authority, from, to. */
    private static final String RAISED = " FROM alert a WHERE a.authority = ? AND a.partner_agency IS NULL"
            + " AND a.raised_on BETWEEN ? AND ?";
    private static final String PARTNER = " FROM alert a WHERE a.authority = ? AND a.partner_agency IS NOT NULL"
            + " AND a.raised_on BETWEEN ? AND ?";

    /**
     * The stages of the alerts raised in the period; both sides name the authority so that each is read through its
     * authority's index rather than the whole national table. Binds authority, authority, from, to.
     */
    private static final String STAGES_OF_RAISED = " FROM alert a JOIN alert_stage s ON s.alert_id = a.id"
            + " AND s.authority = ? WHERE a.authority = ? AND a.partner_agency IS NULL AND a.raised_on BETWEEN ? AND ?";

    private final ReportQueries queries;

    JdbcDisputeCounts(ReportQueries queries) {
        this.queries = queries;
    }

    private static Object[] stagesOfRaisedParameters(AuthorityCode authority, ReportPeriod period) {
        return new Object[] {authority.value(), authority.value(), period.from(), period.to()};
    }

    private static Object[] in(AuthorityCode authority, ReportPeriod period) {
        return new Object[] {authority.value(), period.from(), period.to()};
    }

    @Override
    public Raised raised(AuthorityCode authority, ReportPeriod period, List<String> reasons) {
        StringBuilder sql = new StringBuilder("SELECT count(*), count(DISTINCT a.child_id)");
        for (int i = 0; i < reasons.size(); i++) {
            sql.append(", SUM(CASE WHEN ',' || a.reasons || ',' LIKE ? THEN 1 ELSE 0 END)");
        }
        sql.append(RAISED);
        List<Object> parameters = new ArrayList<>();
        reasons.forEach(reason -> parameters.add("%," + reason + ",%"));
        parameters.addAll(List.of(in(authority, period)));
        return queries.query(sql.toString(), rs -> {
            Map<String, Long> byReason = new HashMap<>();
            if (!rs.next()) {
                return new Raised(0, 0, byReason);
            }
            for (int i = 0; i < reasons.size(); i++) {
                byReason.put(reasons.get(i), rs.getLong(i + 3));
            }
            return new Raised(rs.getLong(1), rs.getLong(2), byReason);
        }, parameters.toArray());
    }

    @Override
    public Stages stagesOfRaised(AuthorityCode authority, ReportPeriod period) {
        return queries.query("SELECT s.stage, SUM(CASE WHEN s.position = 0 THEN 1 ELSE 0 END), count(DISTINCT s.alert_id)"
                + STAGES_OF_RAISED + " GROUP BY s.stage", rs -> {
                    Map<String, Long> starting = new HashMap<>();
                    Map<String, Long> reached = new HashMap<>();
                    while (rs.next()) {
                        String stage = rs.getString(1);
                        if (stage == null) {
                            continue;
                        }
                        if (rs.getLong(2) > 0) {
                            starting.put(stage, rs.getLong(2));
                        }
                        reached.put(stage, rs.getLong(3));
                    }
                    return new Stages(starting, reached);
                }, stagesOfRaisedParameters(authority, period));
    }

    @Override
    public Map<String, Long> byHighestStage(AuthorityCode authority, ReportPeriod period) {
        return queries.grouped("SELECT a.current_stage, count(*)" + RAISED + " GROUP BY a.current_stage",
                in(authority, period));
    }

    @Override
    public Share resolved(AuthorityCode authority, ReportPeriod period) {
        return queries.share("SELECT count(*), SUM(CASE WHEN a.current_stage = 'informal' THEN 1 ELSE 0 END)"
                + " FROM alert a WHERE a.authority = ? AND a.partner_agency IS NULL AND a.resolved_on BETWEEN ? AND ?", in(authority, period));
    }

    @Override
    public Share responsesInTimescale(AuthorityCode authority, ReportPeriod period) {
        return queries.share("SELECT count(*), SUM(CASE WHEN s.responded_on IS NOT NULL AND s.responded_on <= s.due_by"
                + " THEN 1 ELSE 0 END) FROM alert_stage s JOIN alert a ON a.id = s.alert_id AND a.authority = s.authority"
                + " WHERE s.authority = ? AND a.partner_agency IS NULL AND s.due_by BETWEEN ? AND ?", in(authority, period));
    }

    @Override
    public List<OpenAlert> openOn(AuthorityCode authority, LocalDate day) {
        // A handful of rows: the alerts open on one day.
        return queries.query("""
                SELECT a.raised_on,
                  CASE WHEN a.clock_starts = 'first-raised' THEN a.raised_on ELSE
                    (SELECT MIN(s.raised_on) FROM alert_stage s WHERE s.alert_id = a.id AND s.stage <> 'informal'
                       AND s.raised_on <= ?) END,
                  a.limit_working_days
                FROM alert a WHERE a.authority = ? AND a.partner_agency IS NULL AND a.raised_on <= ?
                  AND (a.resolved_on IS NULL OR a.resolved_on > ?) AND (a.withdrawn_on IS NULL OR a.withdrawn_on > ?)""",
                rs -> {
                    List<OpenAlert> open = new ArrayList<>();
                    while (rs.next()) {
                        java.sql.Date clock = rs.getDate(2);
                        open.add(new OpenAlert(rs.getDate(1).toLocalDate(), clock == null ? null : clock.toLocalDate(),
                                rs.getInt(3)));
                    }
                    return open;
                }, day, authority.value(), day, day, day);
    }

    @Override
    public Referred referred(AuthorityCode authority, ReportPeriod period) {
        Share both = queries.share("SELECT SUM(CASE WHEN a.cafcass_on BETWEEN ? AND ? THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN a.legal_advice_on BETWEEN ? AND ? THEN 1 ELSE 0 END) FROM alert a"
                + " WHERE a.authority = ? AND (a.cafcass_on BETWEEN ? AND ? OR a.legal_advice_on BETWEEN ? AND ?)",
                period.from(), period.to(), period.from(), period.to(), authority.value(), period.from(), period.to(),
                period.from(), period.to());
        return new Referred(both.of(), both.met());
    }

    @Override
    public PartnerEscalations partnerEscalations(AuthorityCode authority, ReportPeriod period) {
        // A few rows: one for each agency and theme raised together.
        return queries.query("SELECT a.partner_agency, a.theme, count(*)" + PARTNER + " GROUP BY a.partner_agency, a.theme",
                rs -> {
                    Map<String, Long> byAgency = new HashMap<>();
                    Map<String, Long> byTheme = new HashMap<>();
                    while (rs.next()) {
                        long n = rs.getLong(3);
                        if (rs.getString(1) != null) {
                            byAgency.merge(rs.getString(1), n, Long::sum);
                        }
                        if (rs.getString(2) != null) {
                            byTheme.merge(rs.getString(2), n, Long::sum);
                        }
                    }
                    return new PartnerEscalations(byAgency, byTheme);
                }, in(authority, period));
    }

    @Override
    public long goodPracticeNotes(AuthorityCode authority, ReportPeriod period) {
        return queries.count("SELECT count(*) FROM good_practice g WHERE g.authority = ? AND g.noted_on BETWEEN ? AND ?",
                in(authority, period));
    }
}
