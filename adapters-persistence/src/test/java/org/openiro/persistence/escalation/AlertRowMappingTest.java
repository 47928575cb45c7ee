package org.openiro.persistence.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openiro.calendar.SupportedDates;
import org.openiro.persistence.Database;
import org.openiro.persistence.escalation.JdbcAlertRepository.AlertRow;
import org.openiro.persistence.escalation.JdbcAlertRepository.PracticeRow;
import org.openiro.persistence.escalation.JdbcAlertRepository.StageRow;

/**
 * An alert's rows (AlertRow, StageRow) and a good-practice note (PracticeRow) saved and read back, on H2 and
 * PostgreSQL, are as saved: every text at its column's length or, for the long texts, far beyond a page; every
 * optional column null; dates at the supported calendar's ends. Rows rather than the domain's {@code Alert}, whose
 * shape the alert's state machine (issue 20 item 4) is changing; the rows are this adapter's own.
 */
class AlertRowMappingTest {

    private static final LocalDate FIRST = SupportedDates.FIRST;
    private static final LocalDate LAST = SupportedDates.LAST;

    @ParameterizedTest
    @EnumSource(Database.class)
    void alert_and_stage_rows_read_back_equal(Database db) {
        String authority = Database.fresh("map");
        String child = "c".repeat(36);
        db.child(authority, child);
        JdbcAlertRepository.Alerts alerts = db.bean(JdbcAlertRepository.Alerts.class);
        JdbcAlertRepository.Stages stages = db.bean(JdbcAlertRepository.Stages.class);
        String id = Database.fresh("a").repeat(4).substring(0, 36);
        String long_ = Database.text(20_000);
        AlertRow widest = new AlertRow(id, authority, child, LAST, db.longest("alert", "reasons"), long_, long_,
                db.longest("alert", "partner_agency"), db.longest("alert", "theme"),
                db.longest("alert", "ladder_preset"), db.longest("alert", "ladder"), db.longest("alert", "clock_starts"),
                Integer.MAX_VALUE, db.longest("alert", "current_stage"), db.longest("alert", "status"), FIRST, long_,
                LAST, long_, LAST, long_, db.longest("alert", "impact"), long_, LAST, long_, 0L);
        AlertRow bare = new AlertRow(Database.fresh("b"), authority, child, FIRST, "r", null, null, null, null, "p",
                "l", "formal", 0, "s", "open", null, null, null, null, null, null, null, null, null, null, 0L);
        StageRow full = new StageRow(null, id, authority, Integer.MAX_VALUE, db.longest("alert_stage", "stage"),
                "w".repeat(36), db.longest("alert_stage", "with_name"), db.longest("alert_stage", "with_role"),
                Database.email(254), FIRST, LAST, long_, LAST, "r".repeat(36), db.longest("alert_stage", "responder_name"),
                db.longest("alert_stage", "responder_role"), Database.email(254), long_);
        StageRow unanswered = new StageRow(null, bare.id(), authority, 0, "s", "w", null, "social-worker", null, LAST,
                FIRST, null, null, null, null, null, null, null);

        db.inTransaction(() -> {
            alerts.save(widest);
            alerts.save(bare);
        });
        List<StageRow> saved = db.inTransaction(() -> List.of(stages.save(full), stages.save(unanswered)));

        for (AlertRow row : List.of(widest, bare)) {
            AlertRow read = db.inTransaction(() -> alerts.findByIdAndAuthority(row.id(), authority)).orElseThrow();
            assertThat(withVersion(read, 0L)).isEqualTo(row);
        }
        assertThat(db.inTransaction(() -> stages.findByAlertIdInList(List.of(id, bare.id()))))
                .containsExactlyInAnyOrderElementsOf(saved);
        assertThat(saved).allSatisfy(s -> assertThat(s.id()).isNotNull());
        assertThat(saved).extracting(s -> withId(s, null)).containsExactly(full, unanswered);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void good_practice_rows_read_back_equal(Database db) {
        String authority = Database.fresh("map");
        db.child(authority, "c");
        JdbcAlertRepository.Practices practices = db.bean(JdbcAlertRepository.Practices.class);
        PracticeRow noted = new PracticeRow(Database.fresh("g").repeat(4).substring(0, 36), authority, "c", LAST,
                "s".repeat(36), db.longest("good_practice", "team"), Database.text(20_000));
        PracticeRow bare = new PracticeRow(Database.fresh("g"), authority, "c", FIRST, null, null, null);

        db.inTransaction(() -> {
            practices.save(noted);
            practices.save(bare);
        });

        assertThat(db.inTransaction(() -> practices.findById(noted.id()))).contains(noted);
        assertThat(db.inTransaction(() -> practices.findById(bare.id()))).contains(bare);
    }

    private static AlertRow withVersion(AlertRow r, Long version) {
        return new AlertRow(r.id(), r.authority(), r.childId(), r.raisedOn(), r.reasons(), r.description(),
                r.outcomeSought(), r.partnerAgency(), r.theme(), r.ladderPreset(), r.ladder(), r.clockStarts(),
                r.limitWorkingDays(), r.currentStage(), r.status(), r.cafcassOn(), r.cafcassNote(), r.legalAdviceOn(),
                r.legalAdviceNote(), r.resolvedOn(), r.outcome(), r.impact(), r.impactText(), r.withdrawnOn(),
                r.withdrawalReason(), version);
    }

    private static StageRow withId(StageRow s, Long id) {
        return new StageRow(id, s.alertId(), s.authority(), s.position(), s.stage(), s.withId(), s.withName(),
                s.withRole(), s.withEmail(), s.raisedOn(), s.dueBy(), s.reason(), s.respondedOn(), s.responderId(),
                s.responderName(), s.responderRole(), s.responderEmail(), s.responseText());
    }
}
