package org.openiro.persistence.children;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.EndReason;
import org.openiro.children.Ethnicity;
import org.openiro.children.Gender;
import org.openiro.children.LegalStatus;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
import org.openiro.children.PlacementType;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.persistence.children.ChildRepositories.ChildRows;
import org.openiro.persistence.children.ChildRepositories.LegalStatusRows;
import org.openiro.persistence.children.ChildRepositories.PeriodRows;
import org.openiro.persistence.children.ChildRepositories.PlacementRows;
import org.openiro.persistence.children.ChildRepositories.SocialWorkerRows;
import org.openiro.children.SocialWorker;
import org.openiro.persistence.reviews.JdbcScheduleStore;
import org.openiro.persistence.reviews.LockedChildren;

/**
 * A child and their care history. A save rewrites the child's periods of care, legal statuses and placements:
 * a child has a handful of them, and rewriting keeps the stored history exactly what the domain decided.
 */
@Singleton
public class JdbcChildRepository implements ChildRepository {

    /**
     * The row locked until the transaction ends, so that changes to one child queue behind each other; read whole,
     * with the next review, which the schedule store then need not read again ({@link LockedChildren}).
     */
    private static final String LOCK = """
            SELECT id, authority, child_id, name, date_of_birth, gender, ethnicity, uasc, disability,
                   next_review_due, next_review_sequence, next_review_basis, next_midway_date
            FROM child WHERE authority = ? AND child_id = ? FOR UPDATE""";

    /**
     * The child's periods of care, legal statuses, placements and social worker in one statement, each row tagged
     * with its kind. A statement of its own after the lock, never part of it: under READ COMMITTED a statement that
     * waited for the lock would otherwise read the other tables as they were before the change it waited for.
     */
    private static final String HISTORY = """
            SELECT 1 AS kind, p.id, CAST(NULL AS BIGINT) AS period_id, p.start_date AS d1, p.end_date AS d2,
                   CAST(p.end_reason AS VARCHAR(254)) AS t1, CAST(NULL AS VARCHAR(254)) AS t2, CAST(NULL AS VARCHAR(254)) AS t3,
                   CAST(NULL AS VARCHAR(254)) AS t4, CAST(NULL AS VARCHAR(254)) AS t5,
                   CAST(NULL AS VARCHAR(254)) AS t6, CAST(NULL AS VARCHAR(254)) AS t7,
                   p.start_known AS b1, CAST(NULL AS BOOLEAN) AS b2
            FROM period_of_care p WHERE p.authority = ? AND p.child_id = ?
            UNION ALL
            SELECT 2, l.id, l.period_id, l.from_date, NULL, l.code, NULL, NULL, NULL, NULL, NULL, NULL, l.short_break,
                   NULL
            FROM legal_status l WHERE l.authority = ? AND l.child_id = ?
            UNION ALL
            SELECT 3, pl.id, pl.period_id, pl.start_date, NULL, pl.type, NULL, NULL, NULL, NULL, NULL, NULL,
                   pl.over_20_miles, pl.planned
            FROM placement pl WHERE pl.authority = ? AND pl.child_id = ?
            UNION ALL
            SELECT 4, s.id, NULL, NULL, NULL, s.social_worker_id, s.name, s.email, s.team, s.team_manager_id,
                   s.team_manager_name, s.team_manager_email, NULL, NULL
            FROM child_social_worker s WHERE s.authority = ? AND s.child_id = ?
            ORDER BY kind, d1, id""";

    private final ChildRows children;
    private final PeriodRows periods;
    private final LegalStatusRows legalStatuses;
    private final PlacementRows placements;
    private final SocialWorkerRows socialWorkers;
    private final JdbcOperations jdbc;
    private final LockedChildren locked;

    JdbcChildRepository(ChildRows children, PeriodRows periods, LegalStatusRows legalStatuses,
                        PlacementRows placements, SocialWorkerRows socialWorkers, JdbcOperations jdbc,
                        LockedChildren locked) {
        this.children = children;
        this.periods = periods;
        this.legalStatuses = legalStatuses;
        this.placements = placements;
        this.socialWorkers = socialWorkers;
        this.jdbc = jdbc;
        this.locked = locked;
    }

    /** Two statements: the child's row, and their history ({@link #HISTORY}). */
    @Override
    public Optional<Child> find(AuthorityCode authority, ChildId id) {
        return children.findByAuthorityAndChildId(authority.value(), id.value()).map(this::withHistory);
    }

    /** Two statements: the lock, which reads the row, and the history. */
    @Override
    public Optional<Child> findForChange(AuthorityCode authority, ChildId id) {
        Optional<ChildRow> row = jdbc.prepareStatement(LOCK, statement -> {
            statement.setString(1, authority.value());
            statement.setString(2, id.value());
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<ChildRow>empty();
                }
                locked.locked(new JdbcScheduleStore.NextReviewRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(10, LocalDate.class), (Integer) rs.getObject(11), rs.getString(12),
                        rs.getObject(13, LocalDate.class)));
                return Optional.of(new ChildRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getBoolean(8),
                        rs.getBoolean(9)));
            }
        });
        return row.map(this::withHistory);
    }

    private Child withHistory(ChildRow row) {
        List<PeriodOfCareRow> periodRows = new ArrayList<>();
        List<LegalStatusRow> statusRows = new ArrayList<>();
        List<PlacementRow> placementRows = new ArrayList<>();
        SocialWorkerRow[] socialWorker = {null};
        String a = row.authority();
        String c = row.childId();
        jdbc.prepareStatement(HISTORY, statement -> {
            for (int i = 0; i < 4; i++) {
                statement.setString(2 * i + 1, a);
                statement.setString(2 * i + 2, c);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long rowId = rs.getLong(2);
                    switch (rs.getInt(1)) {
                        case 1 -> periodRows.add(new PeriodOfCareRow(rowId, a, c, rs.getObject(4, LocalDate.class),
                                rs.getObject(5, LocalDate.class), rs.getString(6), rs.getBoolean(13)));
                        case 2 -> statusRows.add(new LegalStatusRow(rowId, a, c, rs.getLong(3),
                                rs.getObject(4, LocalDate.class), rs.getString(6), rs.getBoolean(13)));
                        case 3 -> placementRows.add(new PlacementRow(rowId, a, c, rs.getLong(3),
                                rs.getObject(4, LocalDate.class), rs.getString(6), (Boolean) rs.getObject(13),
                                (Boolean) rs.getObject(14)));
                        default -> socialWorker[0] = new SocialWorkerRow(rowId, a, c, rs.getString(6),
                                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                                rs.getString(11), rs.getString(12));
                    }
                }
            }
            return null;
        });
        return toChild(row, periodRows, statusRows, placementRows, socialWorker[0]);
    }

    @Override
    public List<ChildId> idsOf(AuthorityCode authority) {
        return children.childIds(authority.value()).stream().map(ChildId::of).toList();
    }

    @Override
    public boolean save(Child child) {
        String authority = child.authority().value();
        String childId = child.id().value();
        Optional<ChildRow> existing = children.findByAuthorityAndChildId(authority, childId);
        Child.Demographics d = child.demographics();
        ChildRow row = new ChildRow(existing.map(ChildRow::id).orElse(null), authority, childId, d.name(),
                d.dateOfBirth(), d.gender().id(), d.ethnicity().name(), d.uasc(), d.disability());
        if (existing.isPresent()) {
            children.update(row);
            periods.deleteByAuthorityAndChildId(authority, childId);
        } else {
            children.save(row);
        }
        for (PeriodOfCare period : child.periods()) {
            PeriodOfCareRow saved = periods.save(new PeriodOfCareRow(null, authority, childId, period.start(),
                    period.end(), period.endReason() == null ? null : period.endReason().code(), period.startKnown()));
            legalStatuses.saveAll(period.legalStatuses().stream().map(s -> new LegalStatusRow(null, authority,
                    childId, saved.id(), s.from(), s.status().name(), s.status().isShortBreak())).toList());
            placements.saveAll(period.placements().stream().map(p -> new PlacementRow(null, authority, childId,
                    saved.id(), p.start(), p.type().code(), p.over20Miles(), p.planned())).toList());
        }
        child.socialWorker().ifPresent(sw -> {
            Long id = socialWorkers.findByAuthorityAndChildId(authority, childId).map(SocialWorkerRow::id).orElse(null);
            SocialWorker.Person tm = sw.teamManager();
            SocialWorkerRow swRow = new SocialWorkerRow(id, authority, childId, sw.id(), sw.name(), sw.email(),
                    sw.team(), tm == null ? null : tm.id(), tm == null ? null : tm.name(),
                    tm == null ? null : tm.email());
            if (id == null) {
                socialWorkers.save(swRow);
            } else {
                socialWorkers.update(swRow);
            }
        });
        return existing.isEmpty();
    }

    public static Child toChild(ChildRow row, List<PeriodOfCareRow> periodRows, List<LegalStatusRow> statusRows,
                         List<PlacementRow> placementRows, SocialWorkerRow socialWorker) {
        Map<Long, List<LegalStatusRow>> statusesByPeriod = statusRows.stream()
                .collect(Collectors.groupingBy(LegalStatusRow::periodId));
        Map<Long, List<PlacementRow>> placementsByPeriod = placementRows.stream()
                .collect(Collectors.groupingBy(PlacementRow::periodId));
        List<PeriodOfCare> history = periodRows.stream().map(p -> new PeriodOfCare(p.startDate(), p.endDate(),
                p.endReason() == null ? null : new EndReason(p.endReason()), p.startKnown(),
                statusesByPeriod.getOrDefault(p.id(), List.of()).stream()
                        .map(s -> new LegalStatusSpell(s.fromDate(), LegalStatus.valueOf(s.code()))).toList(),
                placementsByPeriod.getOrDefault(p.id(), List.of()).stream()
                        .map(pl -> new Placement(pl.startDate(), new PlacementType(pl.type()), pl.over20Miles(),
                                pl.planned())).toList())).toList();
        return new Child(AuthorityCode.of(row.authority()), ChildId.of(row.childId()),
                new Child.Demographics(row.name(), row.dateOfBirth(), Gender.of("gender", row.gender()),
                        Ethnicity.valueOf(row.ethnicity()), row.uasc(), row.disability()),
                history, socialWorker == null ? null : toSocialWorker(socialWorker));
    }

    private static SocialWorker toSocialWorker(SocialWorkerRow row) {
        return new SocialWorker(row.socialWorkerId(), row.name(), row.email(), row.team(),
                row.teamManagerId() == null ? null
                        : new SocialWorker.Person(row.teamManagerId(), row.teamManagerName(), row.teamManagerEmail()));
    }
}
