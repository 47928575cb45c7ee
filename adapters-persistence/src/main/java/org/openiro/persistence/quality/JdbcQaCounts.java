package org.openiro.persistence.quality;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.quality.port.out.QaCounts;
import org.openiro.reporting.ReportPeriod;

/**
 * The QA report's counts, grouped by the database by month and team: a row a group, never a row a review. A form's
 * deadline is its review's stored record deadline, which the domain wrote with the calendar when it measured the
 * review; this only compares dates.
 */
@Singleton
class JdbcQaCounts implements QaCounts {

    private static final String MONTH = "EXTRACT(YEAR FROM r.last_meeting), EXTRACT(MONTH FROM r.last_meeting)";
    private static final String TEAM = "COALESCE(q.team, sw.team)";
    /** Complete reviews held in the period, with their form (if any) and the child's social worker. */
    private static final String HELD = held("LEFT JOIN qa_form q ON q.review_id = r.id");
    /** The answers given on the forms of those reviews. */
    private static final String ANSWERED = held("JOIN qa_form q ON q.review_id = r.id"
            + " JOIN qa_answer a ON a.review_id = q.review_id");
    private static final String OWED = "r.follow_up_recorded = TRUE AND r.record_due IS NOT NULL";
    /** Completed by its deadline, and by the period's last day. */
    private static final String MET = "q.completed_on IS NOT NULL AND q.completed_on <= r.record_due"
            + " AND q.completed_on <= ?";

    private final QualityStatements sql;

    JdbcQaCounts(QualityStatements sql) {
        this.sql = sql;
    }

    private static String held(String joins) {
        return " FROM review r " + joins
                + " LEFT JOIN child_social_worker sw ON sw.authority = r.authority AND sw.child_id = r.child_id"
                + " WHERE r.authority = ? AND r.series_complete = TRUE AND r.last_meeting BETWEEN ? AND ?";
    }

    private static List<Object> held(AuthorityCode authority, ReportPeriod period, String team) {
        List<Object> parameters = new ArrayList<>(List.of(authority.value(), period.from(), period.to()));
        if (team != null) {
            parameters.add(team);
        }
        return parameters;
    }

    private static String team(String team) {
        return team == null ? "" : " AND " + TEAM + " = ?";
    }

    @Override
    public List<Forms> forms(AuthorityCode authority, ReportPeriod period, String team) {
        List<Object> parameters = new ArrayList<>(List.of(period.to(), period.to(), period.to(), period.to()));
        parameters.addAll(held(authority, period, team));
        return sql.list("SELECT " + MONTH + ", " + TEAM + ", count(*),"
                + " SUM(CASE WHEN q.completed_on <= ? THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + OWED + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + OWED + " AND " + MET + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + OWED + " AND NOT (" + MET + ") AND r.record_due >= ? THEN 1 ELSE 0 END)"
                + HELD + team(team) + " GROUP BY " + MONTH + ", " + TEAM,
                rs -> new Forms(month(rs.getInt(1), rs.getInt(2)), rs.getString(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8)), parameters.toArray());
    }

    @Override
    public List<AnswerCount> answers(AuthorityCode authority, ReportPeriod period, String team) {
        List<Object> parameters = held(authority, period, team);
        parameters.add(period.to());
        return sql.list("SELECT a.question_id, a.answer, " + MONTH + ", " + TEAM + ", count(*)" + ANSWERED
                + team(team) + " AND q.completed_on <= ? GROUP BY a.question_id, a.answer, " + MONTH + ", " + TEAM,
                rs -> new AnswerCount(rs.getString(1), rs.getString(2), month(rs.getInt(3), rs.getInt(4)),
                        rs.getString(5), rs.getLong(6)), parameters.toArray());
    }

    private static String month(int year, int month) {
        return String.format("%04d-%02d", year, month);
    }
}
