package org.openiro.persistence.reviews;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.children.LegalStatus;
import org.openiro.persistence.reviews.ReviewRows.DirectionRow;
import org.openiro.persistence.reviews.ReviewRows.Directions;
import org.openiro.persistence.reviews.ReviewRows.Reviews;
import org.openiro.persistence.shared.RecordRows;
import org.openiro.reviews.Advocacy;
import org.openiro.reviews.BringForwardReason;
import org.openiro.reviews.Consultation;
import org.openiro.reviews.Direction;
import org.openiro.reviews.HeldRows;
import org.openiro.reviews.Meetings;
import org.openiro.reviews.Participation;
import org.openiro.reviews.ParticipationCode;
import org.openiro.reviews.Review;
import org.openiro.reviews.ReviewBasis;
import org.openiro.reviews.ReviewFacts;
import org.openiro.reviews.ReviewKind;
import org.openiro.reviews.DueDates;
import org.openiro.reviews.ReviewTiming;
import org.openiro.reviews.port.out.ReviewRepository;
import org.openiro.shared.StaleVersion;

@Singleton
public class JdbcReviewRepository implements ReviewRepository {

    /**
     * The child's reviews and directions in one statement, each row tagged with its kind (issue 23: one statement
     * fewer a review recorded). A direction's three fields ride in review columns of their types: the day it was
     * given in {@code first_meeting}, its due date in {@code due_date}, its reason in {@code basis}.
     */
    private static final String REVIEWS_AND_DIRECTIONS = """
            SELECT 1 AS row_kind, id, authority, child_id, kind, meeting_dates, first_meeting, last_meeting,
                   series_complete, booking_id, participation_code, participation_methods, chaired_by_child, attended,
                   advocacy_status, advocacy_type, advocacy_provider, consultation, social_work_report_received_on,
                   recommendations_issued_on, record_completed_on, letter_sent_on, due_date, sequence, basis,
                   in_timescale, report_due, recommendations_due, record_due, letter_due, follow_up_recorded, version
            FROM review WHERE authority = ? AND child_id = ?
            UNION ALL
            SELECT 2, NULL, NULL, NULL, NULL, NULL, d.directed_on, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                   NULL, NULL, NULL, NULL, NULL, NULL, NULL, d.due_by, NULL, d.reason, NULL, NULL, NULL, NULL, NULL,
                   NULL, NULL
            FROM review_direction d WHERE d.authority = ? AND d.child_id = ?""";

    /**
     * What the schedule reads of a child's reviews, their directions and their care, in one statement with no object
     * made for any of them (issue 23, sixth and eighth steps): each review's id, kind, first and last meeting as
     * {@code yyyymmdd} ints, which the database works out and the driver reads as numbers, and whether its series is
     * complete. A direction rides in the same columns: its reason in {@code code}, the day it is due by and the day it
     * was given as the two days. Then the child's date of birth, their periods of care (start, end, whether the start
     * is known, and the period's id in {@code row_id}), and each legal status and placement (its code, its day, its
     * period in {@code period_id}): kind by kind, each in the order of its day and then as stored, as the child's
     * repository reads them and a {@code PeriodOfCare} keeps them.
     */
    private static final String HELD_AND_DIRECTIONS = """
            SELECT 1 AS row_kind, id, kind AS code, %s AS first_day, %s AS last_day, series_complete,
                   CAST(NULL AS BIGINT) AS row_id, CAST(NULL AS BIGINT) AS period_id
            FROM review WHERE authority = ? AND child_id = ?
            UNION ALL
            SELECT 2, NULL, reason, %s, %s, NULL, NULL, NULL
            FROM review_direction WHERE authority = ? AND child_id = ?""".formatted(yyyymmdd("first_meeting"),
            yyyymmdd("last_meeting"), yyyymmdd("due_by"), yyyymmdd("directed_on"));

    /** The reviews and directions, then the child's care as numbers, kind by kind in the child repository's order. */
    private static final String HELD_DIRECTIONS_AND_CARE = HELD_AND_DIRECTIONS + """

            UNION ALL
            SELECT 3, NULL, NULL, %s, NULL, NULL, NULL, NULL
            FROM child WHERE authority = ? AND child_id = ?
            UNION ALL
            SELECT 4, NULL, NULL, %s, %s, start_known, id, NULL
            FROM period_of_care WHERE authority = ? AND child_id = ?
            UNION ALL
            SELECT 5, NULL, code, %s, NULL, NULL, id, period_id
            FROM legal_status WHERE authority = ? AND child_id = ?
            UNION ALL
            SELECT 6, NULL, type, %s, NULL, NULL, id, period_id
            FROM placement WHERE authority = ? AND child_id = ?
            ORDER BY row_kind, first_day, row_id""".formatted(yyyymmdd("date_of_birth"), yyyymmdd("start_date"),
            yyyymmdd("end_date"), yyyymmdd("from_date"), yyyymmdd("start_date"));

    /** A date column as a {@code yyyymmdd} int, in SQL that PostgreSQL and H2 both run. */
    private static String yyyymmdd(String column) {
        return "CAST(EXTRACT(YEAR FROM %1$s) * 10000 + EXTRACT(MONTH FROM %1$s) * 100 + EXTRACT(DAY FROM %1$s)"
                .formatted(column) + " AS INTEGER)";
    }

    private final Reviews reviews;
    private final Directions directions;
    private final JdbcOperations jdbc;

    JdbcReviewRepository(Reviews reviews, Directions directions, JdbcOperations jdbc) {
        this.reviews = reviews;
        this.directions = directions;
        this.jdbc = jdbc;
    }

    @Override
    public List<Review> ofChild(AuthorityCode authority, ChildId child) {
        return reviews.findByAuthorityAndChildId(authority.value(), child.value()).stream()
                .map(JdbcReviewRepository::toReview).toList();
    }

    @Override
    public ReviewsAndDirections ofChildWithDirections(AuthorityCode authority, ChildId child) {
        List<Review> held = new ArrayList<>();
        List<Direction> given = new ArrayList<>();
        jdbc.prepareStatement(REVIEWS_AND_DIRECTIONS, statement -> {
            statement.setString(1, authority.value());
            statement.setString(2, child.value());
            statement.setString(3, authority.value());
            statement.setString(4, child.value());
            try (ResultSet rs = statement.executeQuery()) {
                RecordRows.Reader<ReviewRow> rows = RecordRows.of(ReviewRow.class).reading(rs);
                while (rs.next()) {
                    if (rs.getInt("row_kind") == 1) {
                        held.add(toReview(rows.read(rs)));
                    } else {
                        given.add(toDirection(new DirectionRow(null, authority.value(), child.value(),
                                rs.getObject("due_date", LocalDate.class), rs.getString("basis"),
                                rs.getObject("first_meeting", LocalDate.class))));
                    }
                }
            }
            return null;
        });
        return new ReviewsAndDirections(held, given);
    }

    @Override
    public Held heldOf(AuthorityCode authority, ChildId child) {
        return held(HELD_AND_DIRECTIONS, 2, authority, child);
    }

    @Override
    public Held heldWithCareOf(AuthorityCode authority, ChildId child) {
        return held(HELD_DIRECTIONS_AND_CARE, 6, authority, child);
    }

    /** The rows of {@code sql}, whose {@code tables} branches each read one table by the child's authority and id. */
    private Held held(String sql, int tables, AuthorityCode authority, ChildId child) {
        HeldRows held = new HeldRows();
        List<Direction> given = new ArrayList<>(0);
        jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < tables; i++) {
                statement.setString(2 * i + 1, authority.value());
                statement.setString(2 * i + 2, child.value());
            }
            try (ResultSet rs = statement.executeQuery()) {
                // The periods' ids, oldest first: a legal status or placement names its period by id.
                long[] periods = new long[4];
                int periodCount = 0;
                while (rs.next()) {
                    switch (rs.getInt(1)) {
                        case 1 -> held.add(rs.getString(2), ReviewKind.of("kind", rs.getString(3)), rs.getInt(4),
                                rs.getInt(5), rs.getBoolean(6));
                        case 2 -> given.add(new Direction(date(rs.getInt(4)), BringForwardReason.of("reason",
                                rs.getString(3)), date(rs.getInt(5))));
                        case 3 -> held.dateOfBirth(rs.getInt(4));
                        case 4 -> {
                            if (periodCount == periods.length) {
                                periods = Arrays.copyOf(periods, periodCount * 2);
                            }
                            periods[periodCount++] = rs.getLong(7);
                            held.period(rs.getInt(4), rs.getInt(5), rs.getBoolean(6));
                        }
                        case 5 -> held.legalStatus(periodOf(periods, periodCount, rs.getLong(8)), rs.getInt(4),
                                LegalStatus.valueOf(rs.getString(3)));
                        default -> held.placement(periodOf(periods, periodCount, rs.getLong(8)), rs.getInt(4),
                                rs.getString(3));
                    }
                }
            }
            return null;
        });
        return new Held(held, given);
    }

    /** The number of the period whose id is {@code id}, among the child's periods read. */
    private static int periodOf(long[] periods, int count, long id) {
        for (int p = 0; p < count; p++) {
            if (periods[p] == id) {
                return p;
            }
        }
        throw new IllegalStateException("a legal status or placement of no period of the child's: " + id);
    }

    private static LocalDate date(int yyyymmdd) {
        return LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    }

    @Override
    public Optional<Review> find(AuthorityCode authority, ChildId child, String reviewId) {
        return reviews.findByIdAndAuthorityAndChildId(reviewId, authority.value(), child.value())
                .map(JdbcReviewRepository::toReview);
    }

    @Override
    public Review insert(Review review) {
        return toReview(reviews.save(toRow(review)));
    }

    @Override
    public Review update(Review review) {
        try {
            return toReview(reviews.update(toRow(review)));
        } catch (OptimisticLockException e) {
            throw new StaleVersion("review " + review.id());
        }
    }

    @Override
    public void delete(Review review) {
        try {
            reviews.delete(toRow(review));
        } catch (OptimisticLockException e) {
            throw new StaleVersion("review " + review.id());
        }
    }

    /**
     * Authority by authority, each an index range of {@code review_held_by_authority (authority, last_meeting)}: no
     * index of the last meeting alone is kept for this once-a-day read of every authority's, as every review written
     * paid an entry in it (V84). One statement an authority, once a day, for one index entry fewer a review.
     */
    @Override
    public List<Review> heldSince(LocalDate from) {
        List<String> authorities = jdbc.prepareStatement("SELECT code FROM authority ORDER BY code", statement -> {
            List<String> codes = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return codes;
        });
        List<Review> held = new ArrayList<>();
        for (String authority : authorities) {
            reviews.findByAuthorityAndLastMeetingGreaterThanEqualsAndSeriesCompleteTrue(authority, from).stream()
                    .map(JdbcReviewRepository::toReview).forEach(held::add);
        }
        return held;
    }

    @Override
    public List<Direction> directions(AuthorityCode authority, ChildId child) {
        return directions.findByAuthorityAndChildId(authority.value(), child.value()).stream()
                .map(JdbcReviewRepository::toDirection).toList();
    }

    public static Direction toDirection(DirectionRow row) {
        return new Direction(row.dueBy(), BringForwardReason.of("reason", row.reason()), row.directedOn());
    }

    @Override
    public void addDirection(AuthorityCode authority, ChildId child, Direction direction) {
        directions.save(new DirectionRow(null, authority.value(), child.value(), direction.dueBy(),
                direction.reason().id(), direction.directedOn()));
    }

    public static ReviewRow toRow(Review r) {
        Participation p = r.participation();
        Advocacy a = r.advocacy();
        ReviewFacts f = r.facts();
        ReviewTiming t = r.timing();
        DueDates owed = t == null ? null : t.owed();
        return new ReviewRow(r.id(), r.authority().value(), r.childId().value(), r.kind().id(),
                r.meetings().dates().stream().map(LocalDate::toString).collect(Collectors.joining(",")),
                r.meetings().first(), r.meetings().last(), r.seriesComplete(), r.bookingId(),
                p == null ? null : p.code().name(),
                p == null ? null : p.methods().stream().sorted().collect(Collectors.joining(",")),
                p == null ? null : p.chairedByChild(), r.attended(),
                a == null ? null : a.status(), a == null ? null : a.type(), a == null ? null : a.provider(),
                r.consultation().stream().map(c -> c.party() + ":" + c.sent() + ":" + c.returned())
                        .collect(Collectors.joining(",")),
                f.socialWorkReportReceivedOn(), f.recommendationsIssuedOn(), f.recordCompletedOn(), f.letterSentOn(),
                t == null ? null : t.dueDate(), t == null ? null : t.sequence(), t == null ? null : t.basis().name(),
                t == null ? null : t.inTimescale(), owed == null ? null : owed.socialWorkReport(),
                owed == null ? null : owed.recommendations(), owed == null ? null : owed.record(),
                owed == null ? null : owed.letter(), f.recorded(), r.version());
    }

    public static Review toReview(ReviewRow row) {
        Participation participation = row.participationCode() == null ? null : new Participation(
                ParticipationCode.valueOf(row.participationCode()), split(row.participationMethods()),
                row.chairedByChild());
        Advocacy advocacy = row.advocacyStatus() == null ? null
                : new Advocacy(row.advocacyStatus(), row.advocacyType(), row.advocacyProvider());
        List<Consultation> consultation = split(row.consultation()).stream().map(entry -> entry.split(":"))
                .map(e -> new Consultation(e[0], Boolean.parseBoolean(e[1]), Boolean.parseBoolean(e[2]))).toList();
        // A measured review has a basis; the first of a period whose start is not known has one and no due date.
        ReviewTiming timing = row.basis() == null ? null : new ReviewTiming(row.id(), row.dueDate(), row.sequence(),
                ReviewBasis.valueOf(row.basis()), row.inTimescale(),
                row.recordDue() == null ? null : new DueDates(row.reportDue(), row.recommendationsDue(), row.recordDue(),
                        row.letterDue()));
        return new Review(row.id(), AuthorityCode.of(row.authority()), ChildId.of(row.childId()),
                ReviewKind.of("kind", row.kind()),
                new Meetings(Arrays.stream(row.meetingDates().split(",")).map(LocalDate::parse).toList()),
                row.seriesComplete(), row.bookingId(), participation, row.attended(), advocacy,
                consultation.stream().sorted(java.util.Comparator.comparing(Consultation::party)).toList(),
                new ReviewFacts(row.socialWorkReportReceivedOn(), row.recommendationsIssuedOn(),
                        row.recordCompletedOn(), row.letterSentOn(), row.followUpRecorded()),
                timing, row.version() == null ? 0 : row.version());
    }

    private static Set<String> split(String joined) {
        return joined == null || joined.isEmpty() ? Set.of() : Set.of(joined.split(","));
    }
}
