package org.openiro.persistence.ssda903;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
import org.openiro.persistence.children.ChildRow;
import org.openiro.persistence.children.JdbcChildRepository;
import org.openiro.persistence.children.LegalStatusRow;
import org.openiro.persistence.children.PeriodOfCareRow;
import org.openiro.persistence.children.PlacementRow;
import org.openiro.persistence.children.SocialWorkerRow;
import org.openiro.persistence.reviews.JdbcReviewRepository;
import org.openiro.persistence.reviews.JdbcScheduleStore;
import org.openiro.persistence.reviews.ReviewRow;
import org.openiro.persistence.reviews.ReviewRows;
import org.openiro.persistence.shared.BulkWrites;
import org.openiro.persistence.shared.RecordRows;
import org.openiro.reviews.NextReview;
import org.openiro.reviews.Review;
import org.openiro.shared.Conflict;
import org.openiro.shared.StaleVersion;
import org.openiro.ssda903.port.out.ImportRegister;
import org.postgresql.util.PSQLException;

/**
 * The register read and written a batch of children at a time: one query per table to read a batch, and multi-row
 * INSERTs and batched UPDATEs to write it, in place of the dozen round trips per child that saving them one by one
 * would make.
 */
@Singleton
class JdbcImportRegister implements ImportRegister {

    private static final List<String> CHILD_COLUMNS = List.of("authority", "child_id", "name", "date_of_birth",
            "gender", "ethnicity", "uasc", "disability", "next_review_due", "next_review_sequence",
            "next_review_basis", "next_midway_date");
    private static final List<String> PERIOD_COLUMNS = List.of("authority", "child_id", "start_date", "end_date",
            "end_reason", "start_known");
    private static final List<String> LEGAL_STATUS_COLUMNS = List.of("authority", "child_id", "period_id",
            "from_date", "code", "short_break");
    private static final List<String> PLACEMENT_COLUMNS = List.of("authority", "child_id", "period_id", "start_date",
            "type", "over_20_miles", "planned");
    private static final List<String> REVIEW_COLUMNS = List.of("id", "authority", "child_id", "kind",
            "meeting_dates", "first_meeting", "last_meeting", "series_complete", "booking_id", "participation_code",
            "participation_methods", "chaired_by_child", "attended", "advocacy_status", "advocacy_type",
            "advocacy_provider", "consultation", "social_work_report_received_on", "recommendations_issued_on",
            "record_completed_on", "letter_sent_on", "due_date", "sequence", "basis", "in_timescale", "report_due",
            "recommendations_due", "record_due", "letter_due", "follow_up_recorded", "version");

    private final JdbcOperations jdbc;

    JdbcImportRegister(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<ChildId, StoredCase> lockCases(AuthorityCode authority, Collection<ChildId> ids) {
        String a = authority.value();
        List<String> wanted = ids.stream().map(ChildId::value).toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return jdbc.execute(connection -> {
            // The child's row holds their next review too: both are read from one locked row.
            Map<String, JdbcScheduleStore.NextReviewRow> next = new HashMap<>();
            List<ChildRow> rows = ofChildren(connection, "child", a, wanted, rs -> {
                RecordRows.Reader<JdbcScheduleStore.NextReviewRow> nextReviews = RecordRows.of(
                        JdbcScheduleStore.NextReviewRow.class).reading(rs);
                RecordRows.Reader<ChildRow> children = RecordRows.of(ChildRow.class).reading(rs);
                return row -> {
                    JdbcScheduleStore.NextReviewRow nextReview = nextReviews.read(row);
                    next.put(nextReview.childId(), nextReview);
                    return children.read(row);
                };
            }, "", true);
            if (rows.isEmpty()) {
                return Map.<ChildId, StoredCase>of();
            }
            List<String> found = rows.stream().map(ChildRow::childId).toList();
            Map<String, List<PeriodOfCareRow>> periodRows = byChild(ofChildren(connection, "period_of_care", a, found,
                    PeriodOfCareRow.class, " ORDER BY t.start_date", false), PeriodOfCareRow::childId);
            Map<String, List<LegalStatusRow>> statusRows = byChild(ofChildren(connection, "legal_status", a, found,
                    LegalStatusRow.class, "", false), LegalStatusRow::childId);
            Map<String, List<PlacementRow>> placementRows = byChild(ofChildren(connection, "placement", a, found,
                    PlacementRow.class, "", false), PlacementRow::childId);
            Map<String, SocialWorkerRow> workers = ofChildren(connection, "child_social_worker", a, found,
                    SocialWorkerRow.class, "", false).stream()
                    .collect(Collectors.toMap(SocialWorkerRow::childId, w -> w, (x, y) -> x));
            Map<String, List<ReviewRow>> reviewRows = byChild(ofChildren(connection, "review", a, found,
                    ReviewRow.class, "", false), ReviewRow::childId);
            Map<String, List<ReviewRows.DirectionRow>> directionRows = byChild(ofChildren(connection,
                    "review_direction", a, found, ReviewRows.DirectionRow.class, "", false),
                    ReviewRows.DirectionRow::childId);
            Map<ChildId, StoredCase> cases = new HashMap<>();
            for (ChildRow row : rows) {
                String id = row.childId();
                Child child = JdbcChildRepository.toChild(row, periodRows.getOrDefault(id, List.of()),
                        statusRows.getOrDefault(id, List.of()), placementRows.getOrDefault(id, List.of()),
                        workers.get(id));
                cases.put(child.id(), new StoredCase(child,
                        reviewRows.getOrDefault(id, List.of()).stream().map(JdbcReviewRepository::toReview).toList(),
                        directionRows.getOrDefault(id, List.of()).stream().map(JdbcReviewRepository::toDirection)
                                .toList(),
                        Optional.ofNullable(next.get(id)).flatMap(JdbcScheduleStore::toNext)));
            }
            return cases;
        });
    }

    /**
     * The rows of these children in one table, read by joining the ids as an array rather than naming them in an IN
     * list: PostgreSQL plans a prepared IN list of a thousand parameters once for all batches, and with an import's
     * tables still unanalysed that plan compared every row with every id (1.1 s a batch at 30,000 children, and
     * growing); the join goes by the index whatever the statistics say (about 1 ms).
     */
    private <T extends Record> List<T> ofChildren(Connection connection, String table, String authority,
                                                  List<String> ids, Class<T> type, String orderBy, boolean lock)
            throws SQLException {
        return ofChildren(connection, table, authority, ids, RecordRows.of(type)::reading, orderBy, lock);
    }

    /** Makes the reader of a result set's rows, once its columns are known. */
    private interface Readers<T> {
        RecordRows.Reader<T> reading(ResultSet rs) throws SQLException;
    }

    private <T> List<T> ofChildren(Connection connection, String table, String authority, List<String> ids,
                                   Readers<T> readers, String orderBy, boolean lock) throws SQLException {
        boolean postgres = BulkWrites.isPostgres(connection);
        String sql = "SELECT t.* FROM " + table + " t JOIN UNNEST(?) AS wanted(child_id) ON t.child_id ="
                + " wanted.child_id WHERE t.authority = ?" + orderBy + (lock ? postgres ? " FOR UPDATE OF t"
                : " FOR UPDATE" : "");
        List<T> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setArray(1, connection.createArrayOf("VARCHAR", ids.toArray()));
            select.setString(2, authority);
            try (ResultSet rs = select.executeQuery()) {
                RecordRows.Reader<T> reader = readers.reading(rs);
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
        }
        return rows;
    }

    private static <T> Map<String, List<T>> byChild(List<T> rows, Function<T, String> child) {
        return rows.stream().collect(Collectors.groupingBy(child));
    }

    /**
     * A rule of the database the import did not foresee (a record clashing with one stored) ends the import with a
     * conflict naming the child it was about, rather than an error quoting SQL. The database names the row in most of
     * its messages; where it does not, the batch is written again a child at a time, each undone, until one is refused.
     */
    @Override
    public void write(AuthorityCode authority, Changes changes) {
        jdbc.execute(connection -> {
            Savepoint batch = connection.setSavepoint();
            try {
                write(connection, authority.value(), changes);
            } catch (SQLException e) {
                if (!isConstraintViolation(e)) {
                    throw e;
                }
                Optional<String> child = childNamedIn(e, changes);
                if (child.isEmpty()) {
                    connection.rollback(batch);
                    child = firstRefused(connection, authority.value(), changes);
                }
                throw new Conflict(null, child.map(id -> "Child " + id + ": ").orElse("A child of this batch: ")
                        + "what the files give clashes with what is recorded for them; nothing was imported."
                        + " Correct the child's record or the files, and import again.");
            }
            return null;
        });
    }

    private Optional<String> firstRefused(Connection connection, String authority, Changes changes)
            throws SQLException {
        for (String child : childrenOf(changes)) {
            Savepoint one = connection.setSavepoint();
            try {
                write(connection, authority, only(changes, child));
            } catch (SQLException e) {
                if (isConstraintViolation(e)) {
                    return Optional.of(child);
                }
                throw e;
            } finally {
                connection.rollback(one);
            }
        }
        return Optional.empty();
    }

    private static Set<String> childrenOf(Changes changes) {
        Set<String> ids = new LinkedHashSet<>();
        changes.newChildren().forEach(c -> ids.add(c.id().value()));
        changes.changedChildren().forEach(c -> ids.add(c.id().value()));
        changes.newReviews().forEach(r -> ids.add(r.childId().value()));
        changes.changedReviews().forEach(r -> ids.add(r.childId().value()));
        changes.nextReviews().keySet().forEach(c -> ids.add(c.value()));
        return ids;
    }

    /** One child's part of a batch's changes. */
    private static Changes only(Changes changes, String child) {
        return new Changes(
                changes.newChildren().stream().filter(c -> c.id().value().equals(child)).toList(),
                changes.changedChildren().stream().filter(c -> c.id().value().equals(child)).toList(),
                changes.newReviews().stream().filter(r -> r.childId().value().equals(child)).toList(),
                changes.changedReviews().stream().filter(r -> r.childId().value().equals(child)).toList(),
                changes.nextReviews().entrySet().stream().filter(e -> e.getKey().value().equals(child))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** SQLSTATE class 23, on PostgreSQL and H2 alike; a batch reports it on the exception it chains. */
    private static boolean isConstraintViolation(SQLException e) {
        for (SQLException at = e; at != null; at = at.getNextException()) {
            if (at.getSQLState() != null && at.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** The first of the batch's children whose id the database quoted in its message. */
    private static Optional<String> childNamedIn(SQLException e, Changes changes) {
        String text = messages(e);
        return childrenOf(changes).stream().filter(id -> Pattern.compile("(?<![A-Za-z0-9_-])" + Pattern.quote(id)
                + "(?![A-Za-z0-9_-])").matcher(text).find()).findFirst();
    }

    private static String messages(SQLException e) {
        StringBuilder all = new StringBuilder();
        for (SQLException at = e; at != null; at = at.getNextException()) {
            all.append(at.getMessage()).append('\n');
            if (at instanceof PSQLException pg && pg.getServerErrorMessage() != null) {
                all.append(pg.getServerErrorMessage().getDetail()).append('\n');
            }
        }
        return all.toString();
    }

    private void write(Connection connection, String authority, Changes changes) throws SQLException {
        Set<ChildId> inserted = changes.newChildren().stream().map(Child::id)
                .collect(Collectors.toSet());
        List<Child> rewritten = new ArrayList<>(changes.newChildren());
        rewritten.addAll(changes.changedChildren());
        List<String> changedIds = changes.changedChildren().stream().map(c -> c.id().value()).toList();
        if (!changedIds.isEmpty()) {
            // By the ids as an array, as the lookups are: a prepared IN list would be planned once for every batch.
            // As = ANY: H2 finds nothing in an IN over UNNEST of a parameter, so it kept the old periods beside the
            // new ones and an amended return broke period_start_once (issue 22).
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM period_of_care WHERE authority = ?"
                    + " AND child_id = ANY(?)")) {
                delete.setString(1, authority);
                delete.setArray(2, connection.createArrayOf("VARCHAR", changedIds.toArray()));
                delete.executeUpdate();
            }
        }
        BulkWrites.batch(connection, """
                UPDATE child SET date_of_birth = ?, gender = ?, ethnicity = ?, uasc = ?
                WHERE authority = ? AND child_id = ?""", changes.changedChildren().stream().map(c -> new Object[] {
                c.demographics().dateOfBirth(), c.demographics().gender().id(), c.demographics().ethnicity().name(),
                c.demographics().uasc(), authority, c.id().value()}).toList());
        BulkWrites.insert(connection, "child", CHILD_COLUMNS, changes.newChildren().stream().map(c -> {
            Optional<NextReview> next = changes.nextReviews().getOrDefault(c.id(), Optional.empty());
            Child.Demographics d = c.demographics();
            return new Object[] {authority, c.id().value(), d.name(), d.dateOfBirth(), d.gender().id(),
                d.ethnicity().name(), d.uasc(), d.disability(), next.map(NextReview::dueDate).orElse(null),
                next.map(NextReview::sequence).orElse(null), next.map(n -> n.basis().name()).orElse(null),
                next.map(NextReview::midwayDate).orElse(null)};
        }).toList(), "");
        writeHistories(connection, authority, rewritten);
        BulkWrites.batch(connection, """
                UPDATE child SET next_review_due = ?, next_review_sequence = ?, next_review_basis = ?,
                       next_midway_date = ?
                WHERE authority = ? AND child_id = ?""", changes.nextReviews().entrySet().stream()
                .filter(e -> !inserted.contains(e.getKey()))
                .map(e -> {
                    Optional<NextReview> next = e.getValue();
                    return new Object[] {next.map(NextReview::dueDate).orElse(null),
                        next.map(NextReview::sequence).orElse(null), next.map(n -> n.basis().name()).orElse(null),
                        next.map(NextReview::midwayDate).orElse(null), authority, e.getKey().value()};
                }).toList());
        BulkWrites.insert(connection, "review", REVIEW_COLUMNS, changes.newReviews().stream()
                .map(r -> reviewValues(JdbcReviewRepository.toRow(r))).toList(), "");
        updateReviews(connection, changes.changedReviews());
    }

    /** Each child's periods of care, then their legal statuses and placements under the ids the periods were given. */
    private void writeHistories(Connection connection, String authority, List<Child> rewritten) throws SQLException {
        List<Object[]> periodValues = new ArrayList<>();
        for (Child child : rewritten) {
            for (PeriodOfCare p : child.periods()) {
                periodValues.add(new Object[] {authority, child.id().value(), p.start(), p.end(),
                    p.endReason() == null ? null : p.endReason().code(), p.startKnown()});
            }
        }
        if (periodValues.isEmpty()) {
            return;
        }
        Map<String, Long> periodIds = new HashMap<>();
        if (BulkWrites.isPostgres(connection)) {
            long[] ids = BulkWrites.nextIds(connection, "period_of_care", periodValues.size());
            List<Object[]> withIds = new ArrayList<>(periodValues.size());
            for (int i = 0; i < ids.length; i++) {
                Object[] values = periodValues.get(i);
                periodIds.put(values[1] + "|" + values[2], ids[i]);
                Object[] row = new Object[values.length + 1];
                row[0] = ids[i];
                System.arraycopy(values, 0, row, 1, values.length);
                withIds.add(row);
            }
            List<String> columns = new ArrayList<>(List.of("id"));
            columns.addAll(PERIOD_COLUMNS);
            BulkWrites.insert(connection, "period_of_care", columns, withIds, "");
        } else {
            BulkWrites.insertReturning(connection, "period_of_care", PERIOD_COLUMNS, periodValues,
                    new String[] {"id", "child_id", "start_date"}, keys -> periodIds.put(keys.getString(2) + "|"
                            + keys.getObject(3, LocalDate.class), keys.getLong(1)));
        }
        List<Object[]> statusValues = new ArrayList<>();
        List<Object[]> placementValues = new ArrayList<>();
        for (Child child : rewritten) {
            String id = child.id().value();
            for (PeriodOfCare p : child.periods()) {
                Long periodId = periodIds.get(id + "|" + p.start());
                for (LegalStatusSpell s : p.legalStatuses()) {
                    statusValues.add(new Object[] {authority, id, periodId, s.from(), s.status().name(),
                        s.status().isShortBreak()});
                }
                for (Placement pl : p.placements()) {
                    placementValues.add(new Object[] {authority, id, periodId, pl.start(), pl.type().code(),
                        pl.over20Miles(), pl.planned()});
                }
            }
        }
        BulkWrites.insert(connection, "legal_status", LEGAL_STATUS_COLUMNS, statusValues, "");
        BulkWrites.insert(connection, "placement", PLACEMENT_COLUMNS, placementValues, "");
    }

    private static void updateReviews(Connection connection, List<Review> changed) throws SQLException {
        List<String> set = REVIEW_COLUMNS.subList(1, REVIEW_COLUMNS.size() - 1);
        String sql = "UPDATE review SET " + set.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
                + ", version = version + 1 WHERE id = ? AND version = ?";
        List<Object[]> rows = new ArrayList<>();
        for (Review review : changed) {
            Object[] values = reviewValues(JdbcReviewRepository.toRow(review));
            Object[] bound = new Object[set.size() + 2];
            System.arraycopy(values, 1, bound, 0, set.size());
            bound[set.size()] = review.id();
            bound[set.size() + 1] = review.version();
            rows.add(bound);
        }
        int[] counts = BulkWrites.batch(connection, sql, rows);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw new StaleVersion("review " + changed.get(i).id());
            }
        }
    }

    /** A review row's values in the order of {@link #REVIEW_COLUMNS}. */
    private static Object[] reviewValues(ReviewRow r) {
        return new Object[] {r.id(), r.authority(), r.childId(), r.kind(), r.meetingDates(), r.firstMeeting(),
            r.lastMeeting(), r.seriesComplete(), r.bookingId(), r.participationCode(), r.participationMethods(),
            r.chairedByChild(), r.attended(), r.advocacyStatus(), r.advocacyType(), r.advocacyProvider(),
            r.consultation(), r.socialWorkReportReceivedOn(), r.recommendationsIssuedOn(), r.recordCompletedOn(),
            r.letterSentOn(), r.dueDate(), r.sequence(), r.basis(), r.inTimescale(), r.reportDue(),
            r.recommendationsDue(), r.recordDue(), r.letterDue(), r.followUpRecorded(),
            r.version() == null ? 0L : r.version()};
    }
}
