package org.openiro.persistence;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.CollectionYear;
import org.openiro.ssda903.port.out.ReturnReviews;

/** The reviews table of a return, read in one ordered query. */
@Singleton
class JdbcReturnReviews implements ReturnReviews {

    private final ReportQueries queries;

    JdbcReturnReviews(ReportQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Row> reviewsHeld(AuthorityCode authority, CollectionYear year) {
        return queries.query("""
                SELECT r.child_id, c.date_of_birth, r.last_meeting, r.participation_code
                FROM review r JOIN child c ON c.authority = r.authority AND c.child_id = r.child_id
                WHERE r.authority = ? AND r.kind = 'cla' AND r.series_complete = TRUE
                  AND r.last_meeting BETWEEN ? AND ? AND r.participation_code IS NOT NULL
                  AND EXISTS (SELECT 1 FROM period_of_care p JOIN legal_status ls ON ls.period_id = p.id
                              WHERE p.authority = r.authority AND p.child_id = r.child_id
                                AND ls.code NOT IN ('V3', 'V4'))
                ORDER BY r.child_id, r.last_meeting""", rs -> {
            List<Row> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new Row(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
                        rs.getString(4)));
            }
            return rows;
        }, authority.value(), year.firstDay(), year.lastDay());
    }
}
