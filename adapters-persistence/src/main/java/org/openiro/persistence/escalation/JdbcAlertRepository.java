package org.openiro.persistence.escalation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.EscalationLadder;
import org.openiro.authority.LadderStage;
import org.openiro.authority.Policy.ClockStarts;
import org.openiro.authority.PolicyWord;
import org.openiro.children.ChildId;
import org.openiro.escalation.Alert;
import org.openiro.escalation.AlertFilter;
import org.openiro.escalation.GoodPracticeNote;
import org.openiro.escalation.Person;
import org.openiro.escalation.StageRaising;
import org.openiro.escalation.port.out.AlertRepository;
import org.openiro.shared.Page;
import org.openiro.shared.StaleVersion;

@Singleton
public class JdbcAlertRepository implements AlertRepository {

    @MappedEntity("alert")
    public record AlertRow(@Id String id, String authority, String childId, LocalDate raisedOn, String reasons,
                    @Nullable String description, @Nullable String outcomeSought, @Nullable String partnerAgency,
                    @Nullable String theme, String ladderPreset, String ladder, String clockStarts,
                    int limitWorkingDays, String currentStage, String status, @Nullable LocalDate cafcassOn,
                    @Nullable String cafcassNote, @Nullable LocalDate legalAdviceOn, @Nullable String legalAdviceNote,
                    @Nullable LocalDate resolvedOn, @Nullable String outcome, @Nullable String impact,
                    @Nullable String impactText, @Nullable LocalDate withdrawnOn, @Nullable String withdrawalReason,
                    @Version Long version) {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Alerts extends CrudRepository<AlertRow, String> {
        Optional<AlertRow> findByIdAndAuthority(String id, String authority);

        List<AlertRow> findByStatusInList(List<String> statuses);

        @Query(value = """
                SELECT * FROM alert WHERE authority = :authority
                  AND (CAST(:status AS VARCHAR(20)) IS NULL OR status = :status)
                  AND (CAST(:stage AS VARCHAR(20)) IS NULL OR current_stage = :stage)
                  AND (CAST(:childId AS VARCHAR(36)) IS NULL OR child_id = :childId)
                ORDER BY raised_on DESC, id LIMIT :limit OFFSET :offset""", nativeQuery = true)
        List<AlertRow> search(String authority, @Nullable String status, @Nullable String stage,
                              @Nullable String childId, int limit, long offset);

        @Query(value = """
                SELECT count(*) FROM alert WHERE authority = :authority
                  AND (CAST(:status AS VARCHAR(20)) IS NULL OR status = :status)
                  AND (CAST(:stage AS VARCHAR(20)) IS NULL OR current_stage = :stage)
                  AND (CAST(:childId AS VARCHAR(36)) IS NULL OR child_id = :childId)""", nativeQuery = true)
        long count(String authority, @Nullable String status, @Nullable String stage, @Nullable String childId);

        /** The current stage is the alert's own row for it: an alert reaches each stage once (upwards only). */
        String FOLLOW_UP = """
                FROM alert a JOIN alert_stage cur ON cur.alert_id = a.id AND cur.stage = a.current_stage
                WHERE a.authority = :authority
                  AND (CAST(:status AS VARCHAR(20)) IS NULL OR a.status = :status)
                  AND (CAST(:stage AS VARCHAR(20)) IS NULL OR a.current_stage = :stage)
                  AND (CAST(:childId AS VARCHAR(36)) IS NULL OR a.child_id = :childId)
                  AND (CAST(:onlyOverdue AS BOOLEAN) = FALSE OR (a.status = 'open' AND cur.due_by < :today))""";

        @Query(value = "SELECT a.* " + FOLLOW_UP + """
                 ORDER BY CASE WHEN a.status = 'open' AND cur.due_by < :today THEN 0
                               WHEN a.status IN ('open', 'responded') THEN 1 ELSE 2 END,
                          CASE WHEN a.status IN ('open', 'responded') THEN cur.due_by END,
                          a.raised_on DESC, a.id LIMIT :limit OFFSET :offset""", nativeQuery = true)
        List<AlertRow> searchOverdueFirst(String authority, @Nullable String status, @Nullable String stage,
                                          @Nullable String childId, LocalDate today, boolean onlyOverdue, int limit,
                                          long offset);

        @Query(value = "SELECT count(*) " + FOLLOW_UP, nativeQuery = true)
        long countOverdueFirst(String authority, @Nullable String status, @Nullable String stage,
                               @Nullable String childId, LocalDate today, boolean onlyOverdue);

        @Query(value = """
                SELECT a.* FROM alert a
                  JOIN alert_stage cur ON cur.alert_id = a.id AND cur.stage = a.current_stage
                  JOIN child_social_worker s ON s.authority = a.authority AND s.child_id = a.child_id
                WHERE a.authority = :authority AND a.status = 'open' AND cur.with_id = :socialWorkerId
                  AND s.social_worker_id = :socialWorkerId
                ORDER BY cur.due_by, a.id LIMIT 500""", nativeQuery = true)
        List<AlertRow> awaitingResponseFrom(String authority, String socialWorkerId);
    }

    @MappedEntity("alert_stage")
    record StageRow(@Id @GeneratedValue @Nullable Long id, String alertId, String authority, int position,
                    String stage, String withId, @Nullable String withName, String withRole,
                    @Nullable String withEmail, LocalDate raisedOn, LocalDate dueBy, @Nullable String reason,
                    @Nullable LocalDate respondedOn, @Nullable String responderId, @Nullable String responderName,
                    @Nullable String responderRole, @Nullable String responderEmail, @Nullable String responseText) {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Stages extends CrudRepository<StageRow, Long> {
        List<StageRow> findByAlertIdInList(List<String> alertIds);

        void deleteByAlertId(String alertId);
    }

    @MappedEntity("good_practice")
    record PracticeRow(@Id String id, String authority, String childId, LocalDate notedOn,
                       @Nullable String socialWorkerId, @Nullable String team, @Nullable String text) {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Practices extends CrudRepository<PracticeRow, String> {
    }

    private final Alerts alerts;
    private final Stages stages;
    private final Practices practices;

    JdbcAlertRepository(Alerts alerts, Stages stages, Practices practices) {
        this.alerts = alerts;
        this.stages = stages;
        this.practices = practices;
    }

    @Override
    public Optional<Alert> find(AuthorityCode authority, String alertId) {
        return alerts.findByIdAndAuthority(alertId, authority.value()).map(row -> toAlerts(List.of(row)).get(0));
    }

    @Override
    public void insert(Alert alert) {
        alerts.save(toRow(alert));
        saveStages(alert);
    }

    @Override
    public Alert update(Alert alert) {
        try {
            alerts.update(toRow(alert));
        } catch (OptimisticLockException e) {
            throw new StaleVersion("alert " + alert.id());
        }
        stages.deleteByAlertId(alert.id());
        saveStages(alert);
        return find(alert.authority(), alert.id()).orElseThrow();
    }

    private void saveStages(Alert alert) {
        List<StageRaising> raisings = alert.stages();
        for (int i = 0; i < raisings.size(); i++) {
            StageRaising s = raisings.get(i);
            Person w = s.raisedWith();
            StageRaising.Response r = s.response();
            stages.save(new StageRow(null, alert.id(), alert.authority().value(), i, s.stage(), w.id(), w.name(),
                    w.role().word(), w.email(), s.on(), s.dueBy(), s.reason(), r == null ? null : r.respondedOn(),
                    r == null || r.by() == null ? null : r.by().id(), r == null || r.by() == null ? null : r.by().name(),
                    r == null || r.by() == null ? null : r.by().role().word(), r == null || r.by() == null ? null : r.by().email(),
                    r == null ? null : r.text()));
        }
    }

    @Override
    public Page<Alert> list(AuthorityCode authority, AlertFilter f, Page.Request page) {
        List<Alert> items = toAlerts(alerts.search(authority.value(), f.status(), f.stage(), f.childId(), page.size(),
                page.offset()));
        return new Page<>(items, page.page(), page.size(),
                alerts.count(authority.value(), f.status(), f.stage(), f.childId()));
    }

    @Override
    public Page<Alert> listOverdueFirst(AuthorityCode authority, AlertFilter f, LocalDate today, boolean onlyOverdue,
                                        Page.Request page) {
        List<Alert> items = toAlerts(alerts.searchOverdueFirst(authority.value(), f.status(), f.stage(), f.childId(),
                today, onlyOverdue, page.size(), page.offset()));
        return new Page<>(items, page.page(), page.size(),
                alerts.countOverdueFirst(authority.value(), f.status(), f.stage(), f.childId(), today, onlyOverdue));
    }

    @Override
    public List<Alert> awaitingResponseFrom(AuthorityCode authority, String socialWorkerId) {
        return toAlerts(alerts.awaitingResponseFrom(authority.value(), socialWorkerId));
    }

    @Override
    public List<Alert> open() {
        return toAlerts(alerts.findByStatusInList(List.of("open", "responded")));
    }

    @Override
    public void insert(AuthorityCode authority, ChildId child, GoodPracticeNote note) {
        practices.save(new PracticeRow(note.id(), authority.value(), child.value(), note.on(), note.socialWorkerId(),
                note.team(), note.text()));
    }

    private List<Alert> toAlerts(List<AlertRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<StageRow>> byAlert = stages.findByAlertIdInList(rows.stream().map(AlertRow::id).toList())
                .stream().collect(Collectors.groupingBy(StageRow::alertId));
        return rows.stream().map(row -> toAlert(row, byAlert.getOrDefault(row.id(), List.of()))).toList();
    }

    private static Alert toAlert(AlertRow row, List<StageRow> stageRows) {
        List<StageRaising> raisings = stageRows.stream().sorted(Comparator.comparingInt(StageRow::position))
                .map(s -> new StageRaising(s.stage(), new Person(s.withId(), s.withName(), s.withRole(), s.withEmail()),
                        s.raisedOn(), s.dueBy(), s.reason(), s.respondedOn() == null ? null
                        : new StageRaising.Response(s.respondedOn(), s.responderId() == null ? null
                                : new Person(s.responderId(), s.responderName(), s.responderRole(), s.responderEmail()),
                                s.responseText()))).toList();
        return new Alert(row.id(), AuthorityCode.of(row.authority()), ChildId.of(row.childId()), row.raisedOn(),
                Arrays.asList(row.reasons().split(",")), row.description(), row.outcomeSought(), row.partnerAgency(),
                row.theme(), toLadder(row.ladderPreset(), row.ladder()),
                PolicyWord.of(ClockStarts.class, row.clockStarts(), "clockStarts"), row.limitWorkingDays(),
                raisings, row.cafcassOn() == null ? null : new Alert.Fact(row.cafcassOn(), row.cafcassNote()),
                row.legalAdviceOn() == null ? null : new Alert.Fact(row.legalAdviceOn(), row.legalAdviceNote()),
                row.resolvedOn() == null ? null : new Alert.Resolution(row.resolvedOn(), row.outcome(),
                        row.impact() == null || row.impact().isEmpty() ? List.of()
                                : Arrays.asList(row.impact().split(",")), row.impactText()),
                row.withdrawnOn() == null ? null : new Alert.Fact(row.withdrawnOn(), row.withdrawalReason()),
                row.version() == null ? 0 : row.version());
    }

    private static EscalationLadder toLadder(String preset, String ladder) {
        return new EscalationLadder(preset, Arrays.stream(ladder.split(",")).map(s -> s.split(":"))
                .map(p -> new LadderStage(p[0], p[1], Integer.parseInt(p[2]))).toList());
    }

    private static AlertRow toRow(Alert a) {
        String ladder = a.ladder().stages().stream().map(s -> s.id() + ":" + s.respondentRole().word() + ":" + s.workingDays())
                .collect(Collectors.joining(","));
        Alert.Resolution r = a.resolution();
        return new AlertRow(a.id(), a.authority().value(), a.childId().value(), a.raisedOn(),
                String.join(",", a.reasons()), a.description(), a.outcomeSought(), a.partnerAgency(), a.theme(),
                a.ladder().preset().word(), ladder, a.clockStarts().word(), a.limitWorkingDays(), a.current().stage(),
                a.status().id(), a.cafcassReferral() == null ? null : a.cafcassReferral().on(),
                a.cafcassReferral() == null ? null : a.cafcassReferral().note(),
                a.legalAdvice() == null ? null : a.legalAdvice().on(),
                a.legalAdvice() == null ? null : a.legalAdvice().note(), r == null ? null : r.resolvedOn(),
                r == null ? null : r.outcome(), r == null ? null : String.join(",", r.impact()),
                r == null ? null : r.impactText(), a.withdrawal() == null ? null : a.withdrawal().on(),
                a.withdrawal() == null ? null : a.withdrawal().note(), a.version());
    }
}
