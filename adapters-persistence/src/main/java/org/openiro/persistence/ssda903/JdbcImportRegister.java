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
import org.openiro.persistence.shared.WriteTimings;
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

    /** A new child's row: the child, and the next review the import measured for them (empty: none is due). */
    private record NewChild(String authority, Child child, Optional<NextReview> next) {
    }

    /** A period of care's row; {@code id} null where the database gives it (H2). */
    private record PeriodValues(Long id, String authority, String childId, PeriodOfCare period) {
    }

    /** A row of one of a period's histories (a legal status spell, a placement), under the period's id. */
    private record InPeriod<T>(String authority, String childId, Long periodId, T item) {
    }

    private static final Columns<NewChild> CHILD = Columns.of("child",
            column("authority", NewChild::authority),
            column("child_id", c -> c.child().id().value()),
            column("name", c -> c.child().demographics().name()),
            column("date_of_birth", c -> c.child().demographics().dateOfBirth()),
            column("gender", c -> c.child().demographics().gender().id()),
            column("ethnicity", c -> c.child().demographics().ethnicity().name()),
            column("uasc", c -> c.child().demographics().uasc()),
            column("disability", c -> c.child().demographics().disability()),
            column("next_review_due", c -> c.next().map(NextReview::dueDate).orElse(null)),
            column("next_review_sequence", c -> c.next().map(NextReview::sequence).orElse(null)),
            column("next_review_basis", c -> c.next().map(n -> n.basis().name()).orElse(null)),
            column("next_midway_date", c -> c.next().map(NextReview::midwayDate).orElse(null)));

    /** What a return changes of a child on record: their demographics, found by authority and id. */
    private static final Update<Child> CHILD_DEMOGRAPHICS = Update.of("child",
            List.of(column("date_of_birth", c -> c.demographics().dateOfBirth()),
                    column("gender", c -> c.demographics().gender().id()),
                    column("ethnicity", c -> c.demographics().ethnicity().name()),
                    column("uasc", c -> c.demographics().uasc())),
            List.of(column("authority", c -> c.authority().value()),
                    column("child_id", c -> c.id().value())));

    /** A child on record and their next review as the import measured it (empty: none is due). */
    private record NextOf(String authority, ChildId child, Optional<NextReview> next) {
    }

    /** A child's next review, kept on the child's row. */
    private static final Update<NextOf> NEXT_REVIEW = Update.of("child",
            List.of(column("next_review_due", n -> n.next().map(NextReview::dueDate).orElse(null)),
                    column("next_review_sequence", n -> n.next().map(NextReview::sequence).orElse(null)),
                    column("next_review_basis", n -> n.next().map(r -> r.basis().name()).orElse(null)),
                    column("next_midway_date", n -> n.next().map(NextReview::midwayDate).orElse(null))),
            List.of(column("authority", NextOf::authority), column("child_id", n -> n.child().value())));

    private static final Columns<PeriodValues> PERIOD = Columns.of("period_of_care",
            column("authority", PeriodValues::authority),
            column("child_id", PeriodValues::childId),
            column("start_date", p -> p.period().start()),
            column("end_date", p -> p.period().end()),
            column("end_reason", p -> p.period().endReason() == null ? null : p.period().endReason().code()),
            column("start_known", p -> p.period().startKnown()));

    /** The periods with the ids taken for them beforehand, so that their histories can go in beside them. */
    private static final Columns<PeriodValues> PERIOD_WITH_ID = PERIOD.after(column("id", PeriodValues::id));

    private static final Columns<InPeriod<LegalStatusSpell>> LEGAL_STATUS = Columns.of("legal_status",
            column("authority", InPeriod::authority),
            column("child_id", InPeriod::childId),
            column("period_id", InPeriod::periodId),
            column("from_date", s -> s.item().from()),
            column("code", s -> s.item().status().name()),
            column("short_break", s -> s.item().status().isShortBreak()));

    private static final Columns<InPeriod<Placement>> PLACEMENT = Columns.of("placement",
            column("authority", InPeriod::authority),
            column("child_id", InPeriod::childId),
            column("period_id", InPeriod::periodId),
            column("start_date", p -> p.item().start()),
            column("type", p -> p.item().type().code()),
            column("over_20_miles", p -> p.item().over20Miles()),
            column("planned", p -> p.item().planned()));

    /** What a review records, as a new row writes it and a changed one updates it. */
    private static final List<Column<ReviewRow>> REVIEW_FACTS = List.of(
            column("authority", ReviewRow::authority),
            column("child_id", ReviewRow::childId),
            column("kind", ReviewRow::kind),
            column("meeting_dates", ReviewRow::meetingDates),
            column("first_meeting", ReviewRow::firstMeeting),
            column("last_meeting", ReviewRow::lastMeeting),
            column("series_complete", ReviewRow::seriesComplete),
            column("booking_id", ReviewRow::bookingId),
            column("participation_code", ReviewRow::participationCode),
            column("participation_methods", ReviewRow::participationMethods),
            column("chaired_by_child", ReviewRow::chairedByChild),
            column("attended", ReviewRow::attended),
            column("advocacy_status", ReviewRow::advocacyStatus),
            column("advocacy_type", ReviewRow::advocacyType),
            column("advocacy_provider", ReviewRow::advocacyProvider),
            column("consultation", ReviewRow::consultation),
            column("social_work_report_received_on", ReviewRow::socialWorkReportReceivedOn),
            column("recommendations_issued_on", ReviewRow::recommendationsIssuedOn),
            column("record_completed_on", ReviewRow::recordCompletedOn),
            column("letter_sent_on", ReviewRow::letterSentOn),
            column("due_date", ReviewRow::dueDate),
            column("sequence", ReviewRow::sequence),
            column("basis", ReviewRow::basis),
            column("in_timescale", ReviewRow::inTimescale),
            column("report_due", ReviewRow::reportDue),
            column("recommendations_due", ReviewRow::recommendationsDue),
            column("record_due", ReviewRow::recordDue),
            column("letter_due", ReviewRow::letterDue),
            column("follow_up_recorded", ReviewRow::followUpRecorded));

    private static final Columns<ReviewRow> REVIEW = new Columns<ReviewRow>("review", List.of(
            column("id", ReviewRow::id)))
            .and(REVIEW_FACTS)
            .and(List.of(column("version", r -> r.version() == null ? 0L : r.version())));

    /** A changed review: its facts, found by its id at the version read, which the update moves on by one. */
    private static final Update<ReviewRow> REVIEW_CHANGE = Update.of("review", REVIEW_FACTS,
            List.of(column("id", ReviewRow::id), column("version", ReviewRow::version)), "version = version + 1");

    private final JdbcOperations jdbc;
    /**
     * Whether the register is on PostgreSQL, as the last look-up found: batches are made ready ({@link #prepare})
     * without a connection, after their children are locked with one.
     */
    private volatile boolean postgres;

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
        return timed("lock", () -> lockCases(a, wanted));
    }

    /** Does the register's step, timed as {@code step}, and the writer's time outside the register before it. */
    private static <T> T timed(String step, java.util.function.Supplier<T> work) {
        between();
        long started = WriteTimings.start();
        try {
            return work.get();
        } finally {
            WriteTimings.add(step, started);
            lastEnd = WriteTimings.start();
        }
    }

    /** When the writer last left the register, to time what it does between (the domain's, and the outbox's). */
    private static volatile long lastEnd;

    private static void between() {
        if (WriteTimings.ON && lastEnd != 0) {
            WriteTimings.add("writer outside the register", lastEnd);
        }
    }

    private Map<ChildId, StoredCase> lockCases(String a, List<String> wanted) {
        return jdbc.execute(connection -> {
            postgres = BulkWrites.isPostgres(connection);
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
     * growing).
     *
     * <p>On PostgreSQL each id is looked up on its own ({@code LATERAL}), so the join can only be a loop over the ids
     * with a probe of the table's (authority, child) index for each. A plain join left the plan to statistics an
     * import's tables do not have yet (they are not analysed until it commits): PostgreSQL hashed every child of the
     * authority and probed that with the ids, a batch's look-up growing with what the import had written (137 ms for
     * the last of 100 batches against 2.4 ms by the index; 1.15 s of the database's CPU in a 100,000-child import).
     * The subquery's {@code FOR UPDATE}, or {@code OFFSET 0} where nothing is locked, keeps it from being merged into
     * a plain join again.
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
        String sql = BulkWrites.isPostgres(connection)
                ? "SELECT t.* FROM UNNEST(?) AS wanted(child_id) CROSS JOIN LATERAL (SELECT * FROM " + table
                + " t WHERE t.authority = ? AND t.child_id = wanted.child_id" + orderBy
                + (lock ? " FOR UPDATE" : " OFFSET 0") + ") t"
                : "SELECT t.* FROM " + table + " t JOIN UNNEST(?) AS wanted(child_id) ON t.child_id ="
                + " wanted.child_id WHERE t.authority = ?" + orderBy + (lock ? " FOR UPDATE" : "");
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
        timed("write", () -> {
            write(authority, changes, connection -> write(connection, authority.value(), changes));
            return null;
        });
    }

    /** Statements on the unit of work's connection. */
    private interface Statements {
        void run(Connection connection) throws SQLException;
    }

    /** Writes a batch's changes with {@code statements}, a clash with what is stored told as a conflict. */
    private void write(AuthorityCode authority, Changes changes, Statements statements) {
        jdbc.execute(connection -> {
            Savepoint batch = connection.setSavepoint();
            try {
                statements.run(connection);
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

    /**
     * A batch's new rows made, and on PostgreSQL encoded as their COPY streams, on the thread that measured the batch
     * while the connection writes the one before: the connection then only sends them, and the database takes one
     * COPY after another. A period's id is taken at the write, and put into its own row and those of its legal statuses
     * and placements there ({@link BulkWrites.IdOf}). On H2 the batch is written as {@link #write(AuthorityCode,
     * Changes)} writes it.
     */
    @Override
    public Prepared prepare(AuthorityCode authority, Changes changes) {
        if (!postgres || !WriteTimings.MADE_AHEAD) {
            return () -> changes;
        }
        String a = authority.value();
        BulkWrites.Prepared children = CHILD.prepare(changes.newChildren().stream().map(c -> new NewChild(a, c,
                changes.nextReviews().getOrDefault(c.id(), Optional.empty()))).toList());
        List<Child> rewritten = new ArrayList<>(changes.newChildren());
        rewritten.addAll(changes.changedChildren());
        List<PeriodValues> periods = new ArrayList<>();
        List<InPeriod<LegalStatusSpell>> statuses = new ArrayList<>();
        List<InPeriod<Placement>> placements = new ArrayList<>();
        for (Child child : rewritten) {
            String id = child.id().value();
            for (PeriodOfCare p : child.periods()) {
                // The period's id is the one taken for its place in this list; its rows name it by that place.
                Long at = (long) periods.size();
                periods.add(new PeriodValues(at, a, id, p));
                for (LegalStatusSpell spell : p.legalStatuses()) {
                    statuses.add(new InPeriod<>(a, id, at, spell));
                }
                for (Placement placement : p.placements()) {
                    placements.add(new InPeriod<>(a, id, at, placement));
                }
            }
        }
        return new Ready(changes, children, PERIOD_WITH_ID.prepareWithIds(periods, 0),
                LEGAL_STATUS.prepareWithIds(statuses, 2), PLACEMENT.prepareWithIds(placements, 2),
                REVIEW.prepare(changes.newReviews().stream().map(JdbcReviewRepository::toRow).toList()));
    }

    /** A batch made ready on PostgreSQL: its changes, and the new rows of each table. */
    private record Ready(Changes changes, BulkWrites.Prepared children, BulkWrites.Prepared periods,
                         BulkWrites.Prepared statuses, BulkWrites.Prepared placements, BulkWrites.Prepared reviews)
            implements Prepared {
    }

    @Override
    public void write(AuthorityCode authority, Prepared prepared) {
        if (!(prepared instanceof Ready ready)) {
            write(authority, prepared.changes());
            return;
        }
        timed("write", () -> {
            write(authority, ready.changes(), connection -> write(connection, authority.value(), ready));
            return null;
        });
    }

    /** The statements of a batch made ready: those of {@link #write(Connection, String, Changes)}, in its order. */
    private void write(Connection connection, String authority, Ready ready) throws SQLException {
        Changes changes = ready.changes();
        deletePeriods(connection, authority, changes);
        CHILD_DEMOGRAPHICS.run(connection, changes.changedChildren());
        ready.children().insert(connection, NO_IDS);
        int periods = ready.periods().rows();
        if (periods > 0) {
            long started = WriteTimings.start();
            long[] ids = BulkWrites.nextIds(connection, "period_of_care", periods);
            WriteTimings.add("nextIds", started);
            ready.periods().insert(connection, ids);
            ready.statuses().insert(connection, ids);
            ready.placements().insert(connection, ids);
        }
        writeNextReviews(connection, authority, changes);
        ready.reviews().insert(connection, NO_IDS);
        updateReviews(connection, changes.changedReviews());
    }

    private static final long[] NO_IDS = new long[0];

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
        List<Child> rewritten = new ArrayList<>(changes.newChildren());
        rewritten.addAll(changes.changedChildren());
        deletePeriods(connection, authority, changes);
        CHILD_DEMOGRAPHICS.run(connection, changes.changedChildren());
        CHILD.insert(connection, changes.newChildren().stream().map(c -> new NewChild(authority, c,
                changes.nextReviews().getOrDefault(c.id(), Optional.empty()))).toList());
        writeHistories(connection, authority, rewritten);
        writeNextReviews(connection, authority, changes);
        REVIEW.insert(connection, changes.newReviews().stream().map(JdbcReviewRepository::toRow).toList());
        updateReviews(connection, changes.changedReviews());
    }

    /** The next reviews of children already on record (a new child's is on the row it is inserted with). */
    private static void writeNextReviews(Connection connection, String authority, Changes changes)
            throws SQLException {
        Set<ChildId> inserted = changes.newChildren().stream().map(Child::id).collect(Collectors.toSet());
        NEXT_REVIEW.run(connection, changes.nextReviews().entrySet().stream()
                .filter(e -> !inserted.contains(e.getKey()))
                .map(e -> new NextOf(authority, e.getKey(), e.getValue())).toList());
    }

    /** The periods of care of children whose history is rewritten, with their legal statuses and placements. */
    private static void deletePeriods(Connection connection, String authority, Changes changes) throws SQLException {
        List<String> changedIds = changes.changedChildren().stream().map(c -> c.id().value()).toList();
        if (!changedIds.isEmpty()) {
            // By the ids as an array, as the lookups are: a prepared IN list would be planned once for every batch.
            // As = ANY: H2 finds nothing in an IN over UNNEST of a parameter, so it kept the old periods beside the
            // new ones and an amended return broke period_start_once (issue 22).
            long started = WriteTimings.start();
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM period_of_care WHERE authority = ?"
                    + " AND child_id = ANY(?)")) {
                delete.setString(1, authority);
                delete.setArray(2, connection.createArrayOf("VARCHAR", changedIds.toArray()));
                delete.executeUpdate();
            }
            WriteTimings.add("delete periods", started);
        }
    }

    /** Each child's periods of care, then their legal statuses and placements under the ids the periods were given. */
    private void writeHistories(Connection connection, String authority, List<Child> rewritten) throws SQLException {
        List<PeriodValues> periods = new ArrayList<>();
        for (Child child : rewritten) {
            for (PeriodOfCare p : child.periods()) {
                periods.add(new PeriodValues(null, authority, child.id().value(), p));
            }
        }
        if (periods.isEmpty()) {
            return;
        }
        Map<String, Long> periodIds = new HashMap<>();
        if (BulkWrites.isPostgres(connection)) {
            long started = WriteTimings.start();
            long[] ids = BulkWrites.nextIds(connection, "period_of_care", periods.size());
            WriteTimings.add("nextIds", started);
            List<PeriodValues> withIds = new ArrayList<>(periods.size());
            for (int i = 0; i < ids.length; i++) {
                PeriodValues p = periods.get(i);
                periodIds.put(p.childId() + "|" + p.period().start(), ids[i]);
                withIds.add(new PeriodValues(ids[i], p.authority(), p.childId(), p.period()));
            }
            PERIOD_WITH_ID.insert(connection, withIds);
        } else {
            PERIOD.insertReturning(connection, periods, new String[] {"id", "child_id", "start_date"},
                    keys -> periodIds.put(keys.getString(2) + "|" + keys.getObject(3, LocalDate.class),
                            keys.getLong(1)));
        }
        List<InPeriod<LegalStatusSpell>> statuses = new ArrayList<>();
        List<InPeriod<Placement>> placements = new ArrayList<>();
        for (Child child : rewritten) {
            String id = child.id().value();
            for (PeriodOfCare p : child.periods()) {
                Long periodId = periodIds.get(id + "|" + p.start());
                for (LegalStatusSpell s : p.legalStatuses()) {
                    statuses.add(new InPeriod<>(authority, id, periodId, s));
                }
                for (Placement pl : p.placements()) {
                    placements.add(new InPeriod<>(authority, id, periodId, pl));
                }
            }
        }
        LEGAL_STATUS.insert(connection, statuses);
        PLACEMENT.insert(connection, placements);
    }

    private static void updateReviews(Connection connection, List<Review> changed) throws SQLException {
        int[] counts = REVIEW_CHANGE.run(connection, changed.stream().map(JdbcReviewRepository::toRow).toList());
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw new StaleVersion("review " + changed.get(i).id());
            }
        }
    }

    /** A column and the value a row gives it: the name and its value are written side by side, never in two lists. */
    private record Column<T>(String name, Function<T, Object> value) {
    }

    private static <T> Column<T> column(String name, Function<T, Object> value) {
        return new Column<>(name, value);
    }

    /**
     * The columns a table's new rows fill, each with the value it takes from a row: the statement's column list and
     * each row's values are both made from these pairs, so they cannot fall out of step.
     */
    private record Columns<T>(String table, List<Column<T>> columns) {

        @SafeVarargs
        static <T> Columns<T> of(String table, Column<T>... columns) {
            return new Columns<>(table, List.of(columns));
        }

        /** These columns after {@code first}. */
        Columns<T> after(Column<T> first) {
            return new Columns<T>(table, List.of(first)).and(columns);
        }

        /** These columns, then {@code more}. */
        Columns<T> and(List<Column<T>> more) {
            List<Column<T>> all = new ArrayList<>(columns);
            all.addAll(more);
            return new Columns<>(table, List.copyOf(all));
        }

        List<String> names() {
            return columns.stream().map(Column::name).toList();
        }

        Object[] values(T row) {
            Object[] values = new Object[columns.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = columns.get(i).value().apply(row);
            }
            return values;
        }

        /** On PostgreSQL by binary COPY: every column here is text, a date, a boolean, an integer or a bigint. */
        void insert(Connection connection, List<T> rows) throws SQLException {
            long started = WriteTimings.start();
            List<Object[]> values = rows.stream().map(this::values).toList();
            WriteTimings.add("rows made " + table, started);
            started = WriteTimings.start();
            BulkWrites.insertBinary(connection, table, names(), values);
            WriteTimings.add("insert " + table, started);
        }

        /** The rows made ready to insert, on PostgreSQL as their COPY stream ({@link #prepare}). */
        BulkWrites.Prepared prepare(List<T> rows) {
            return BulkWrites.prepare(true, table, names(), rows.stream().map(this::values).toList());
        }

        /**
         * As {@link #prepare}, the bigint in column {@code idColumn} of each row being not an id but the index of the
         * one the write takes for it.
         */
        BulkWrites.Prepared prepareWithIds(List<T> rows, int idColumn) {
            return BulkWrites.prepare(true, table, names(), rows.stream().map(row -> {
                Object[] values = values(row);
                values[idColumn] = new BulkWrites.IdOf(((Long) values[idColumn]).intValue());
                return values;
            }).toList());
        }

        void insertReturning(Connection connection, List<T> rows, String[] keys, BulkWrites.Keys read)
                throws SQLException {
            BulkWrites.insertReturning(connection, table, names(), rows.stream().map(this::values).toList(), keys,
                    read);
        }
    }

    /**
     * An UPDATE of some columns of rows found by others, each column named beside the value it takes from the row.
     *
     * @param also a further assignment that takes no value from the row (such as moving a version on); empty for none
     */
    private record Update<T>(String table, List<Column<T>> set, List<Column<T>> where, String also) {

        static <T> Update<T> of(String table, List<Column<T>> set, List<Column<T>> where) {
            return new Update<>(table, set, where, "");
        }

        static <T> Update<T> of(String table, List<Column<T>> set, List<Column<T>> where, String also) {
            return new Update<>(table, set, where, also);
        }

        /** Runs the update for each row, in batches; answers how many rows each changed. */
        int[] run(Connection connection, List<T> rows) throws SQLException {
            long started = WriteTimings.start();
            try {
                return runTimed(connection, rows);
            } finally {
                if (!rows.isEmpty()) {
                    WriteTimings.add("update " + table + " " + set.get(0).name(), started);
                }
            }
        }

        private int[] runTimed(Connection connection, List<T> rows) throws SQLException {
            List<Column<T>> bound = new ArrayList<>(set);
            bound.addAll(where);
            String sql = "UPDATE " + table + " SET " + set.stream().map(c -> c.name() + " = ?")
                    .collect(Collectors.joining(", ")) + (also.isEmpty() ? "" : ", " + also) + " WHERE "
                    + where.stream().map(c -> c.name() + " = ?").collect(Collectors.joining(" AND "));
            return BulkWrites.batch(connection, sql, rows.stream().map(row -> bound.stream()
                    .map(c -> c.value().apply(row)).toArray()).toList());
        }
    }
}
