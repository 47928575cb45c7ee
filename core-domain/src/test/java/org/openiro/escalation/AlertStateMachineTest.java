package org.openiro.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.Policy;
import org.openiro.calendar.BankHolidayCalendar;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.ChildId;
import org.openiro.events.EventType;
import org.openiro.shared.Conflict;

/** The alert as a state machine: each step says which event it was, and a step its status does not allow is refused. */
class AlertStateMachineTest {

    private static final WorkingDayCalendar CALENDAR = BankHolidayCalendar.englandAndWales();
    private static final LocalDate TODAY = LocalDate.of(2024, 12, 31);
    private static final LocalDate RAISED = LocalDate.of(2024, 3, 1);
    private static final Person SAM = new Person("sw-1", "Sam", "social-worker", null);
    private static final Person TIA = new Person("tm-1", "Tia", "team-manager", null);

    private static AlertRaised raise() {
        return Alert.raise("A1", AuthorityCode.of("kent"), ChildId.of("C1"), RAISED, List.of("report-late"),
                "informal", SAM, "Late", null, null, null, Policy.statutory(), CALENDAR, TODAY);
    }

    @Test
    void each_step_returns_its_own_event_with_the_alert_as_it_now_stands() {
        AlertRaised raised = raise();
        assertThat(raised.eventType()).isEqualTo(EventType.ALERT_RAISED);
        assertThat(raised.alert().status()).isEqualTo(AlertStatus.OPEN);

        AlertResponded responded = raised.alert().respond(RAISED.plusDays(2), SAM, "on it", TODAY);
        assertThat(responded.eventType()).isEqualTo(EventType.ALERT_RESPONDED);
        assertThat(responded.alert().status()).isEqualTo(AlertStatus.RESPONDED);

        AlertEscalated escalated = responded.alert().escalate("stage-1", TIA, RAISED.plusDays(7), "not enough",
                CALENDAR, TODAY);
        assertThat(escalated.eventType()).isEqualTo(EventType.ALERT_ESCALATED);
        assertThat(escalated.alert().status()).as("the new person's answer is awaited").isEqualTo(AlertStatus.OPEN);

        AlertResolved resolved = escalated.alert().resolve(RAISED.plusDays(9), "agreed", List.of(), null, TODAY);
        assertThat(resolved.eventType()).isEqualTo(EventType.ALERT_RESOLVED);
        assertThat(resolved.alert().status()).isEqualTo(AlertStatus.RESOLVED);

        AlertWithdrawn withdrawn = raised.alert().withdraw(RAISED.plusDays(1), "in error", TODAY);
        assertThat(withdrawn.eventType()).isEqualTo(EventType.ALERT_WITHDRAWN);
        assertThat(withdrawn.alert().status()).isEqualTo(AlertStatus.WITHDRAWN);
    }

    @Test
    void a_closed_alert_takes_no_step_and_an_answered_stage_is_not_answered_twice() {
        Alert resolved = raise().alert().resolve(RAISED.plusDays(1), "agreed", null, null, TODAY).alert();

        assertThatThrownBy(() -> resolved.escalate("stage-1", TIA, RAISED.plusDays(2), "x", CALENDAR, TODAY))
                .isInstanceOf(Conflict.class).hasMessageContaining("resolved");
        assertThatThrownBy(() -> resolved.withdraw(RAISED.plusDays(2), "x", TODAY)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> resolved.resolve(RAISED.plusDays(2), "x", null, null, TODAY))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> resolved.takeLegalAdvice(RAISED.plusDays(2), "x", TODAY))
                .isInstanceOf(Conflict.class);

        Alert answered = raise().alert().respond(RAISED.plusDays(1), SAM, "done", TODAY).alert();
        assertThatThrownBy(() -> answered.respond(RAISED.plusDays(2), SAM, "again", TODAY))
                .isInstanceOf(Conflict.class).hasMessageContaining("already answered");
    }

    @Test
    void the_scan_finds_what_the_alert_says_of_itself_each_with_a_key_that_makes_it_once_only() {
        Alert alert = raise().alert();
        LocalDate due = alert.current().dueBy();

        assertThat(alert.responseOverdue(due)).as("not late on the due day").isEmpty();
        AlertResponseOverdue late = alert.responseOverdue(due.plusDays(1)).orElseThrow();
        assertThat(late.uniqueKey()).contains("alert.response-overdue:kent:A1:informal");
        assertThat(alert.respond(due.plusDays(1), SAM, "sorry", TODAY).alert().responseOverdue(due.plusDays(2)))
                .as("an answer, however late, ends the wait").isEmpty();

        Alert formal = alert.escalate("stage-1", TIA, RAISED.plusDays(7), "late", CALENDAR, TODAY).alert();
        LocalDate limit = CALENDAR.workingDaysAfter(RAISED.plusDays(7), 20);
        assertThat(formal.overTimescaleFinding(limit, CALENDAR)).isEmpty();
        assertThat(formal.overTimescaleFinding(limit.plusDays(1), CALENDAR).orElseThrow().uniqueKey())
                .contains("alert.over-timescale:kent:A1:limit");
        assertThat(raise().uniqueKey()).as("a step a person took is told every time").isEmpty();
    }
}
