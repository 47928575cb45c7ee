package org.openiro.persistence.ssda903;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.CollectionYear;
import org.openiro.persistence.children.ShortBreakEpisodes;
import org.openiro.persistence.reporting.ReportQueries;
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
        // A child whose every episode of the year is a short break returns no reviews that year (rule 399).
        List<Object> parameters = new ArrayList<>(List.of(authority.value(), year.firstDay(), year.lastDay()));
        parameters.addAll(ShortBreakEpisodes.between(year.firstDay(), year.lastDay()));
        return queries.rows("""
                SELECT r.child_id, c.date_of_birth, r.last_meeting, r.participation_code
                FROM review r JOIN child c ON c.authority = r.authority AND c.child_id = r.child_id
                WHERE r.authority = ? AND r.kind = 'cla' AND r.series_complete = TRUE
                  AND r.last_meeting BETWEEN ? AND ? AND r.participation_code IS NOT NULL"""
                + ShortBreakEpisodes.hadOrdinaryEpisode("r.authority", "r.child_id")
                + " ORDER BY r.child_id, r.last_meeting", rs -> {
            List<Row> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new Row(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
                        rs.getString(4)));
            }
            return rows;
        }, parameters.toArray());
    }
}
