package org.openiro.persistence.ssda903;

import jakarta.inject.Singleton;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.persistence.reporting.ReportQueries;
import org.openiro.ssda903.port.out.DatasetReviews;

/** The Standard Safeguarding Dataset's reviews and unheld bookings, each in one ordered query. */
@Singleton
class JdbcDatasetReviews implements DatasetReviews {

    /** The period of care a date belongs to: the latest begun by then (a review on a period's last day is its own). */
    private static final String PERIOD_START = """
            (SELECT MAX(p.start_date) FROM period_of_care p
             WHERE p.authority = %1$s.authority AND p.child_id = %1$s.child_id AND p.start_date <= %2$s)""";

    private final ReportQueries queries;

    JdbcDatasetReviews(ReportQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Held> reviewsHeld(AuthorityCode authority, LocalDate from, LocalDate to) {
        return queries.rows("SELECT r.id, r.child_id, " + PERIOD_START.formatted("r", "r.last_meeting") + """
                , r.due_date, r.last_meeting, r.participation_code
                FROM review r
                WHERE r.authority = ? AND r.kind = 'cla' AND r.series_complete = TRUE
                  AND r.last_meeting BETWEEN ? AND ?
                ORDER BY r.child_id, r.last_meeting, r.id""", rs -> {
            List<Held> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new Held(rs.getString(1), rs.getString(2), date(rs.getDate(3)), date(rs.getDate(4)),
                        rs.getDate(5).toLocalDate(), rs.getString(6)));
            }
            return rows;
        }, authority.value(), from, to);
    }

    @Override
    public List<Booked> bookingsNotHeld(AuthorityCode authority, LocalDate from, LocalDate to) {
        return queries.rows("SELECT b.id, b.child_id, " + PERIOD_START.formatted("b", "b.booked_for") + """
                , b.booked_for
                FROM review_booking b
                WHERE b.authority = ? AND b.booked_for BETWEEN ? AND ?
                  AND NOT EXISTS (SELECT 1 FROM review r
                                  WHERE r.authority = b.authority AND r.child_id = b.child_id
                                    AND (r.booking_id = b.id
                                         OR (r.booking_id IS NULL AND (',' || r.meeting_dates || ',')
                                             LIKE ('%,' || CAST(b.booked_for AS VARCHAR(10)) || ',%'))))
                ORDER BY b.child_id, b.booked_for, b.id""", rs -> {
            List<Booked> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new Booked(rs.getString(1), rs.getString(2), date(rs.getDate(3)),
                        rs.getDate(4).toLocalDate()));
            }
            return rows;
        }, authority.value(), from, to);
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
