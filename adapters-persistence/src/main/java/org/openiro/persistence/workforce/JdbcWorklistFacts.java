package org.openiro.persistence.workforce;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.children.LegalStatus;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
import org.openiro.children.PlacementType;
import org.openiro.persistence.reviews.JdbcBookingRepository;
import org.openiro.persistence.reviews.JdbcReviewRepository;
import org.openiro.persistence.reviews.ReviewRow;
import org.openiro.persistence.reviews.ReviewRows.Reviews;
import org.openiro.persistence.shared.RecordRows;
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

    /** The children the IROs hold now: every query below is limited to them. */
    private static String heldBy(String alias, int iros) {
        return " AND " + alias + "child_id IN (SELECT a.child_id FROM iro_allocation a WHERE a.authority = ?"
                + " AND a.held_to IS NULL AND a.iro_id IN (" + String.join(", ", java.util.Collections.nCopies(iros, "?"))
                + "))";
    }

    /** Binds the authority, then the authority and IRO ids of {@link #heldBy}; answers the next parameter index. */
    private static int bind(java.sql.PreparedStatement statement, AuthorityCode authority, List<String> iros)
            throws java.sql.SQLException {
        statement.setString(1, authority.value());
        statement.setString(2, authority.value());
        for (int i = 0; i < iros.size(); i++) {
            statement.setString(3 + i, iros.get(i));
        }
        return 3 + iros.size();
    }

    @Override
    public java.util.Set<ChildId> childrenHeldBy(AuthorityCode authority, java.util.Set<String> iros) {
        List<String> ids = List.copyOf(iros);
        return jdbc.prepareStatement("SELECT child_id FROM child WHERE authority = ?" + heldBy("", ids.size()),
                statement -> {
                    bind(statement, authority, ids);
                    java.util.Set<ChildId> held = new java.util.HashSet<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            held.add(ChildId.of(rs.getString(1)));
                        }
                    }
                    return held;
                });
    }

    @Override
    public Map<ChildId, org.openiro.reviews.NextReview> nextReviews(AuthorityCode authority,
                                                                    java.util.Set<String> iros) {
        List<String> ids = List.copyOf(iros);
        return jdbc.prepareStatement("SELECT child_id, next_review_due, next_review_sequence, next_review_basis,"
                + " next_midway_date FROM child WHERE authority = ? AND next_review_due IS NOT NULL"
                + heldBy("", ids.size()), statement -> {
            bind(statement, authority, ids);
            Map<ChildId, org.openiro.reviews.NextReview> next = new HashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    java.sql.Date midway = rs.getDate(5);
                    next.put(ChildId.of(rs.getString(1)), new org.openiro.reviews.NextReview(
                            rs.getDate(2).toLocalDate(), (Integer) rs.getObject(3),
                            org.openiro.reviews.ReviewBasis.valueOf(rs.getString(4)),
                            midway == null ? null : midway.toLocalDate()));
                }
            }
            return next;
        });
    }

    @Override
    public Map<ChildId, LocalDate> latestReviewHeld(AuthorityCode authority, java.util.Set<String> iros) {
        return latest("SELECT child_id, MAX(last_meeting) FROM review WHERE authority = ? AND kind = 'cla'"
                + " AND series_complete = TRUE", " GROUP BY child_id", authority, iros);
    }

    @Override
    public Map<ChildId, LocalDate> latestMidwayReview(AuthorityCode authority, java.util.Set<String> iros) {
        return latest("SELECT child_id, MAX(held_on) FROM midway_review WHERE authority = ?", " GROUP BY child_id",
                authority, iros);
    }

    @Override
    public Map<ChildId, LocalDate> latestVisit(AuthorityCode authority, java.util.Set<String> iros) {
        return latest("SELECT child_id, MAX(visited_on) FROM iro_visit WHERE authority = ? AND kind = 'visit'",
                " GROUP BY child_id", authority, iros);
    }

    @Override
    public Map<ChildId, Placement> currentPlacements(AuthorityCode authority, java.util.Set<String> iros) {
        List<String> ids = List.copyOf(iros);
        return jdbc.prepareStatement("""
                SELECT p.child_id, p.start_date, p.type, p.over_20_miles, p.planned
                FROM placement p JOIN period_of_care c ON c.id = p.period_id
                WHERE p.authority = ? AND c.end_date IS NULL""" + heldBy("p.", ids.size())
                + " ORDER BY p.child_id, p.start_date", statement -> {
            bind(statement, authority, ids);
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
    public Map<ChildId, OpenCare> openCare(AuthorityCode authority, java.util.Set<String> iros) {
        List<String> ids = List.copyOf(iros);
        Map<Long, List<LegalStatusSpell>> statuses = new HashMap<>();
        Map<Long, List<Placement>> placements = new HashMap<>();
        jdbc.prepareStatement("""
                SELECT s.period_id, s.from_date, s.code FROM legal_status s JOIN period_of_care p ON p.id = s.period_id
                WHERE s.authority = ? AND p.end_date IS NULL""" + heldBy("s.", ids.size()), statement -> {
            bind(statement, authority, ids);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    statuses.computeIfAbsent(rs.getLong(1), p -> new java.util.ArrayList<>()).add(
                            new LegalStatusSpell(rs.getDate(2).toLocalDate(), LegalStatus.valueOf(rs.getString(3))));
                }
            }
            return null;
        });
        jdbc.prepareStatement("""
                SELECT pl.period_id, pl.start_date, pl.type, pl.over_20_miles, pl.planned
                FROM placement pl JOIN period_of_care p ON p.id = pl.period_id
                WHERE pl.authority = ? AND p.end_date IS NULL""" + heldBy("pl.", ids.size()), statement -> {
            bind(statement, authority, ids);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    placements.computeIfAbsent(rs.getLong(1), p -> new java.util.ArrayList<>()).add(
                            new Placement(rs.getDate(2).toLocalDate(), new PlacementType(rs.getString(3)),
                                    (Boolean) rs.getObject(4), (Boolean) rs.getObject(5)));
                }
            }
            return null;
        });
        return jdbc.prepareStatement("""
                SELECT p.id, p.child_id, p.start_date, p.start_known, c.date_of_birth
                FROM period_of_care p JOIN child c ON c.authority = p.authority AND c.child_id = p.child_id
                WHERE p.authority = ? AND p.end_date IS NULL""" + heldBy("p.", ids.size()), statement -> {
            bind(statement, authority, ids);
            Map<ChildId, OpenCare> open = new HashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    open.put(ChildId.of(rs.getString(2)), new OpenCare(rs.getDate(5).toLocalDate(),
                            new PeriodOfCare(rs.getDate(3).toLocalDate(), null, null, rs.getBoolean(4),
                                    statuses.getOrDefault(id, List.of()), placements.getOrDefault(id, List.of()))));
                }
            }
            return open;
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
    public List<Review> reviewsAwaitingQaForm(AuthorityCode authority, java.util.Set<String> iros, LocalDate since) {
        List<String> ids = List.copyOf(iros);
        return jdbc.prepareStatement("SELECT r.* FROM review r WHERE r.authority = ?" + heldBy("r.", ids.size())
                + " AND r.series_complete = TRUE AND r.follow_up_recorded = TRUE AND r.last_meeting >= ?"
                + " AND NOT EXISTS (SELECT 1 FROM qa_form q WHERE q.review_id = r.id)", statement -> {
                    statement.setDate(bind(statement, authority, ids), java.sql.Date.valueOf(since));
                    List<Review> awaiting = new java.util.ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        RecordRows.Reader<ReviewRow> rows = RecordRows.of(ReviewRow.class).reading(rs);
                        while (rs.next()) {
                            awaiting.add(JdbcReviewRepository.toReview(rows.read(rs)));
                        }
                    }
                    return awaiting;
                });
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

    private Map<ChildId, LocalDate> latest(String select, String groupBy, AuthorityCode authority,
                                           java.util.Set<String> iros) {
        List<String> ids = List.copyOf(iros);
        return jdbc.prepareStatement(select + heldBy("", ids.size()) + groupBy, statement -> {
            bind(statement, authority, ids);
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
