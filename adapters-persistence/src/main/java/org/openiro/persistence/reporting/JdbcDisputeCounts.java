package org.openiro.persistence.reporting;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.port.out.ByPeriod;
import org.openiro.reporting.port.out.DisputeCounts;
import org.openiro.reporting.port.out.ReviewCounts.Share;

/** The dispute resolution figures counted by the database: one aggregate query for the figures that read the same rows. */
@Singleton
class JdbcDisputeCounts implements DisputeCounts {

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

    /**
     * The authority's alerts raised, resolved or referred in the period, read once for the five figures that had a
     * query each: each row says which of them it counts in (a sum of ones), grouped by what they are broken down by
     * (the highest stage, the partner agency and theme). The child's first alert raised in the period is numbered 1,
     * so that the distinct children are a sum over the groups (docs/benchmarks.md, {@code report}, issue 23's fifth
     * step).
     */
    @Override
    public Alerts alerts(AuthorityCode authority, ReportPeriod period, List<String> reasons) {
        String in = " BETWEEN ? AND ?";
        String raised = "a.partner_agency IS NULL AND a.raised_on" + in;
        List<Object> parameters = new ArrayList<>();
        StringBuilder flags = new StringBuilder();
        StringBuilder sums = new StringBuilder();
        List<String> tests = new ArrayList<>(List.of(raised, "a.partner_agency IS NOT NULL AND a.raised_on" + in,
                "a.partner_agency IS NULL AND a.resolved_on" + in,
                "a.partner_agency IS NULL AND a.resolved_on" + in + " AND a.current_stage = 'informal'",
                "a.cafcass_on" + in, "a.legal_advice_on" + in));
        for (int i = 0; i < tests.size(); i++) {
            parameters.addAll(List.of(period.from(), period.to()));
        }
        for (String reason : reasons) {
            tests.add(raised + " AND ',' || a.reasons || ',' LIKE ?");
            parameters.addAll(List.of(period.from(), period.to(), "%," + reason + ",%"));
        }
        for (int i = 0; i < tests.size(); i++) {
            flags.append(", CASE WHEN ").append(tests.get(i)).append(" THEN 1 ELSE 0 END AS f").append(i);
            sums.append(", SUM(f").append(i).append(')');
        }
        String sql = """
                SELECT stage, agency, theme, SUM(CASE WHEN f0 = 1 AND nth = 1 THEN 1 ELSE 0 END)%s FROM (
                  SELECT f.*, ROW_NUMBER() OVER (PARTITION BY f.child_id, f.f0 ORDER BY f.id) AS nth FROM (
                    SELECT a.id AS id, a.child_id AS child_id, a.current_stage AS stage, a.partner_agency AS agency,
                      a.theme AS theme%s
                    FROM alert a WHERE a.authority = ? AND (a.raised_on%s OR a.resolved_on%s OR a.cafcass_on%s
                      OR a.legal_advice_on%s)
                  ) f
                ) m
                GROUP BY stage, agency, theme""".formatted(sums, flags, in, in, in, in);
        parameters.add(authority.value());
        for (int i = 0; i < 4; i++) {
            parameters.addAll(List.of(period.from(), period.to()));
        }
        return queries.query(sql, rs -> {
            long alerts = 0;
            long children = 0;
            long[] byReason = new long[reasons.size()];
            Map<String, Long> byHighestStage = new HashMap<>();
            long resolved = 0;
            long informally = 0;
            long cafcass = 0;
            long legalAdvice = 0;
            Map<String, Long> byAgency = new HashMap<>();
            Map<String, Long> byTheme = new HashMap<>();
            while (rs.next()) {
                String stage = rs.getString(1);
                String agency = rs.getString(2);
                String theme = rs.getString(3);
                long raisedHere = rs.getLong(5);
                long partner = rs.getLong(6);
                children += rs.getLong(4);
                alerts += raisedHere;
                if (stage != null && raisedHere > 0) {
                    byHighestStage.merge(stage, raisedHere, Long::sum);
                }
                if (agency != null && partner > 0) {
                    byAgency.merge(agency, partner, Long::sum);
                }
                if (theme != null && partner > 0) {
                    byTheme.merge(theme, partner, Long::sum);
                }
                resolved += rs.getLong(7);
                informally += rs.getLong(8);
                cafcass += rs.getLong(9);
                legalAdvice += rs.getLong(10);
                for (int i = 0; i < byReason.length; i++) {
                    byReason[i] += rs.getLong(11 + i);
                }
            }
            Map<String, Long> reasonCounts = new HashMap<>();
            for (int i = 0; i < byReason.length; i++) {
                reasonCounts.put(reasons.get(i), byReason[i]);
            }
            return new Alerts(new Raised(alerts, children, reasonCounts), byHighestStage,
                    new Share(resolved, informally), new Referred(cafcass, legalAdvice),
                    new PartnerEscalations(byAgency, byTheme));
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
    public Share responsesInTimescale(AuthorityCode authority, ReportPeriod period) {
        return queries.share("SELECT count(*), SUM(CASE WHEN s.responded_on IS NOT NULL AND s.responded_on <= s.due_by"
                + " THEN 1 ELSE 0 END) FROM alert_stage s JOIN alert a ON a.id = s.alert_id AND a.authority = s.authority"
                + " WHERE s.authority = ? AND a.partner_agency IS NULL AND s.due_by BETWEEN ? AND ?", in(authority, period));
    }

    /**
     * The stages of the alerts raised in either period and the stage raisings due in either, in one pass over the
     * authority's stages with their alerts (it was four: two figures, two periods). Each row says which period its
     * alert was raised in ({@code raised_in}) and which its response was due in ({@code due_in}); an alert that went
     * through a stage twice counts once in it, by its first time there ({@code nth}), as the count of distinct alerts
     * a stage did.
     */
    @Override
    public ByPeriod<StageFigures> stages(AuthorityCode authority, ReportPeriod period, ReportPeriod previous) {
        List<ReportPeriod> periods = List.of(period, previous);
        String raisedIn = "CASE WHEN a.raised_on BETWEEN ? AND ? THEN 0 WHEN a.raised_on BETWEEN ? AND ? THEN 1 END";
        String dueIn = "CASE WHEN s.due_by BETWEEN ? AND ? THEN 0 WHEN s.due_by BETWEEN ? AND ? THEN 1 END";
        String sql = """
                SELECT stage, raised_in, due_in, SUM(CASE WHEN position = 0 THEN 1 ELSE 0 END),
                  SUM(CASE WHEN nth = 1 THEN 1 ELSE 0 END), count(*), SUM(answered) FROM (
                  SELECT s.stage AS stage, s.position AS position, %s AS raised_in, %s AS due_in,
                    CASE WHEN s.responded_on IS NOT NULL AND s.responded_on <= s.due_by THEN 1 ELSE 0 END AS answered,
                    ROW_NUMBER() OVER (PARTITION BY s.alert_id, s.stage ORDER BY s.position) AS nth
                  FROM alert_stage s JOIN alert a ON a.id = s.alert_id AND a.authority = s.authority
                  WHERE s.authority = ? AND a.partner_agency IS NULL
                    AND (a.raised_on BETWEEN ? AND ? OR s.due_by BETWEEN ? AND ?)
                ) x WHERE raised_in IS NOT NULL OR due_in IS NOT NULL
                GROUP BY stage, raised_in, due_in""".formatted(raisedIn, dueIn);
        LocalDate first = previous.from().isBefore(period.from()) ? previous.from() : period.from();
        LocalDate last = previous.to().isAfter(period.to()) ? previous.to() : period.to();
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            periods.forEach(p -> parameters.addAll(List.of(p.from(), p.to())));
        }
        parameters.addAll(List.of(authority.value(), first, last, first, last));
        return queries.query(sql, rs -> {
            List<Map<String, Long>> starting = List.of(new HashMap<>(), new HashMap<>());
            List<Map<String, Long>> reached = List.of(new HashMap<>(), new HashMap<>());
            long[] due = new long[2];
            long[] answered = new long[2];
            while (rs.next()) {
                String stage = rs.getString(1);
                int raisedPeriod = rs.getInt(2);
                boolean raisedInOne = !rs.wasNull();
                int duePeriod = rs.getInt(3);
                boolean dueInOne = !rs.wasNull();
                if (raisedInOne && stage != null) {
                    if (rs.getLong(4) > 0) {
                        starting.get(raisedPeriod).merge(stage, rs.getLong(4), Long::sum);
                    }
                    if (rs.getLong(5) > 0) {
                        reached.get(raisedPeriod).merge(stage, rs.getLong(5), Long::sum);
                    }
                }
                if (dueInOne) {
                    due[duePeriod] += rs.getLong(6);
                    answered[duePeriod] += rs.getLong(7);
                }
            }
            List<StageFigures> figures = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                figures.add(new StageFigures(new Stages(starting.get(p), reached.get(p)),
                        new Share(due[p], answered[p])));
            }
            return new ByPeriod<>(figures.get(0), figures.get(1));
        }, parameters.toArray());
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
    public long goodPracticeNotes(AuthorityCode authority, ReportPeriod period) {
        return queries.count("SELECT count(*) FROM good_practice g WHERE g.authority = ? AND g.noted_on BETWEEN ? AND ?",
                in(authority, period));
    }
}
