package org.openiro.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.children.Placement;
import org.openiro.children.PlacementType;
import org.openiro.persistence.ReviewRows.Reviews;
import org.openiro.reviews.Booking;
import org.openiro.reviews.Review;
import org.openiro.workforce.port.out.WorklistFacts;

/** A worklist's facts for a whole authority: one aggregate query each. */
@Singleton
class JdbcWorklistFacts implements WorklistFacts {

    private final JdbcOperations jdbc;
    private final Reviews reviews;
    private final JdbcBookingRepository bookings;

    JdbcWorklistFacts(JdbcOperations jdbc, Reviews reviews, JdbcBookingRepository bookings) {
        this.jdbc = jdbc;
        this.reviews = reviews;
        this.bookings = bookings;
    }

    @Override
    public Map<ChildId, LocalDate> latestReviewHeld(AuthorityCode authority) {
        return latest("SELECT child_id, MAX(last_meeting) FROM review WHERE authority = ? AND kind = 'cla'"
                + " AND series_complete = TRUE GROUP BY child_id", authority);
    }

    @Override
    public Map<ChildId, LocalDate> latestMidwayReview(AuthorityCode authority) {
        return latest("SELECT child_id, MAX(held_on) FROM midway_review WHERE authority = ? GROUP BY child_id",
                authority);
    }

    @Override
    public Map<ChildId, LocalDate> latestVisit(AuthorityCode authority) {
        return latest("SELECT child_id, MAX(visited_on) FROM iro_visit WHERE authority = ? AND kind = 'visit'"
                + " GROUP BY child_id", authority);
    }

    @Override
    public Map<ChildId, Placement> currentPlacements(AuthorityCode authority) {
        return jdbc.prepareStatement("""
                SELECT p.child_id, p.start_date, p.type, p.over_20_miles, p.planned
                FROM placement p JOIN period_of_care c ON c.id = p.period_id
                WHERE p.authority = ? AND c.end_date IS NULL
                ORDER BY p.child_id, p.start_date""", statement -> {
            statement.setString(1, authority.value());
            Map<ChildId, Placement> current = new HashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    current.put(ChildId.of(rs.getString(1)), new Placement(rs.getDate(2).toLocalDate(),
                            new PlacementType(rs.getString(3)), (Boolean) rs.getObject(4), (Boolean) rs.getObject(5)));
                }
            }
            return current;
        });
    }

    @Override
    public List<Review> reviewsWithWorkOutstanding(AuthorityCode authority, LocalDate since) {
        return reviews.findByAuthorityAndLastMeetingGreaterThanEqualsAndSeriesCompleteTrue(authority.value(), since)
                .stream().filter(r -> r.recommendationsIssuedOn() == null || r.recordCompletedOn() == null
                        || r.letterSentOn() == null)
                .map(JdbcReviewRepository::toReview).toList();
    }

    @Override
    public List<AwaitedResponse> alertsAwaitingResponse(AuthorityCode authority) {
        return jdbc.prepareStatement("""
                SELECT a.child_id, a.id, s.due_by FROM alert a
                JOIN alert_stage s ON s.alert_id = a.id AND s.stage = a.current_stage
                WHERE a.authority = ? AND a.status = 'open' AND s.responded_on IS NULL""", statement -> {
            statement.setString(1, authority.value());
            List<AwaitedResponse> awaited = new java.util.ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    awaited.add(new AwaitedResponse(ChildId.of(rs.getString(1)), rs.getString(2),
                            rs.getDate(3).toLocalDate()));
                }
            }
            return awaited;
        });
    }

    @Override
    public List<Booking> bookingsFrom(AuthorityCode authority, LocalDate from) {
        return bookings.bookingsFrom(authority, from);
    }

    private Map<ChildId, LocalDate> latest(String sql, AuthorityCode authority) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, authority.value());
            Map<ChildId, LocalDate> latest = new HashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    latest.put(ChildId.of(rs.getString(1)), rs.getDate(2).toLocalDate());
                }
            }
            return latest;
        });
    }
}
