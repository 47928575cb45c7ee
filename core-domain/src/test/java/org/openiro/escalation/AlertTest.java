package org.openiro.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.EscalationLadder;
import org.openiro.authority.LadderStage;
import org.openiro.authority.PolicyFields;
import org.openiro.authority.Policy;
import org.openiro.authority.PolicyOverrides;
import org.openiro.authority.PolicyPresets;
import org.openiro.calendar.BankHolidayCalendar;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.ChildId;
import org.openiro.shared.Conflict;
import org.openiro.shared.InvalidInput;

class AlertTest {

    private static final WorkingDayCalendar CALENDAR = BankHolidayCalendar.englandAndWales();
    private static final LocalDate TODAY = LocalDate.of(2024, 12, 31);
    private static final Person TEAM_MANAGER = new Person("tm-1", "Tia", "team-manager", "tia@example.org");

    private static Policy ladder(String escalationPreset) {
        return PolicyPresets.policy("statutory", PolicyOverrides.NONE.with(PolicyFields.ESCALATION_LADDER,
                EscalationLadder.preset(escalationPreset)));
    }

    private static Alert raise(Policy policy, String stage, String on) {
        return Alert.raise("A1", AuthorityCode.of("kent"), ChildId.of("C1"), LocalDate.parse(on),
                List.of("report-late"), stage, TEAM_MANAGER, "The assessment is six weeks late", "Assessment done",
                null, null, policy, CALENDAR, TODAY).alert();
    }

    /** domain.md's table of ladders, written out here so that a preset drifting from it fails. */
    static Stream<Arguments> presets() {
        return Stream.of(
                Arguments.of("statutory", List.of("informal social-worker 5", "stage-1 team-manager 5",
                        "stage-2 service-manager 5", "stage-3 head-of-service 5", "stage-4 director 5")),
                Arguments.of("six-stage", List.of("informal social-worker 5", "stage-1 team-manager 5",
                        "stage-2 service-manager 5", "stage-3 assistant-director 5", "stage-4 director 5",
                        "stage-5 director 5", "stage-6 chief-executive 5")),
                Arguments.of("informal-first", List.of("informal team-manager 5", "stage-1 service-manager 10")),
                Arguments.of("any-stage", List.of("stage-1 team-manager 5", "stage-2 service-manager 5",
                        "stage-3 head-of-service 5", "stage-4 director 5")),
                Arguments.of("two-level", List.of("informal team-manager 5", "stage-1 service-manager 5",
                        "stage-2 head-of-service 5")));
    }

    @ParameterizedTest(name = "the {0} ladder")
    @MethodSource("presets")
    void every_preset_ladder_is_domain_mds_and_can_be_walked_to_the_top(String preset, List<String> expected) {
        Policy policy = ladder(preset);
        List<LadderStage> stages = policy.escalation().ladder().stages();
        assertThat(stages).extracting(s -> s.id() + " " + s.respondentRole() + " " + s.workingDays())
                .containsExactlyElementsOf(expected);
        Alert alert = raise(policy, stages.get(0).id(), "2024-03-01");
        LocalDate on = LocalDate.of(2024, 3, 1);
        for (LadderStage stage : stages.subList(1, stages.size())) {
            assertThat(alert.nextStage()).as("a late response is reported a rung up").contains(stage);
            on = on.plusDays(7);
            alert = alert.escalate(stage.id(), new Person("p-" + stage.id(), "Someone", stage.respondentRole().word(),
                    "someone@example.org"), on, "no answer", CALENDAR, TODAY).alert();
            assertThat(alert.current().stage()).isEqualTo(stage.id());
            assertThat(alert.current().dueBy()).isEqualTo(CALENDAR.workingDaysAfter(on, stage.workingDays()));
            assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);
        }
        assertThat(alert.stages()).hasSize(stages.size());
        assertThat(alert.nextStage()).as("nobody above the top").isEmpty();
        assertThat(alert.resolve(on.plusDays(1), "done", List.of("plan-progressed"), null, TODAY).alert().status())
                .isEqualTo(AlertStatus.RESOLVED);
    }

    @Test
    void the_iro_may_start_at_or_skip_to_any_stage_but_goes_upwards_only() {
        Policy policy = ladder("statutory");
        Alert atStage2 = raise(policy, "stage-2", "2024-03-01");

        Alert skipped = atStage2.escalate("stage-4", TEAM_MANAGER, LocalDate.of(2024, 3, 8), "serious", CALENDAR, TODAY)
                .alert();

        assertThat(skipped.current().stage()).isEqualTo("stage-4");
        assertThatThrownBy(() -> skipped.escalate("stage-3", TEAM_MANAGER, LocalDate.of(2024, 3, 9), "x", CALENDAR,
                TODAY)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> skipped.escalate("stage-4", TEAM_MANAGER, LocalDate.of(2024, 3, 9), "x", CALENDAR,
                TODAY)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> raise(policy, "stage-9", "2024-03-01")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_response_after_the_stages_working_days_is_out_of_timescale() {
        Alert alert = raise(ladder("statutory"), "informal", "2024-03-01");
        LocalDate due = alert.current().dueBy();

        assertThat(due).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(alert.respond(due, TEAM_MANAGER, "on it", TODAY).alert().current().answeredInTimescale()).isTrue();
        Alert late = alert.respond(due.plusDays(3), TEAM_MANAGER, "sorry", TODAY).alert();
        assertThat(late.current().answeredInTimescale()).isFalse();
        assertThat(late.status()).isEqualTo(AlertStatus.RESPONDED);
        assertThatThrownBy(() -> late.respond(due.plusDays(4), TEAM_MANAGER, "again", TODAY))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void the_escalation_limit_counts_from_the_first_formal_stage_or_the_first_raising_by_policy() {
        Alert informal = raise(ladder("statutory"), "informal", "2024-03-01");
        assertThat(informal.overTimescale(LocalDate.of(2024, 6, 1), CALENDAR)).as("no formal stage yet").isFalse();

        Alert formal = informal.escalate("stage-1", TEAM_MANAGER, LocalDate.of(2024, 3, 8), "late", CALENDAR, TODAY)
                .alert();
        LocalDate limit = CALENDAR.workingDaysAfter(LocalDate.of(2024, 3, 8), 20);
        assertThat(formal.overTimescale(limit, CALENDAR)).isFalse();
        assertThat(formal.overTimescale(limit.plusDays(1), CALENDAR)).isTrue();

        Policy boroughB = PolicyPresets.policy("borough-b", null);
        Alert fromFirst = raise(boroughB, "informal", "2024-03-01");
        assertThat(fromFirst.overTimescale(CALENDAR.workingDaysAfter(LocalDate.of(2024, 3, 1), 20).plusDays(1),
                CALENDAR)).isTrue();
    }

    @Test
    void nothing_more_is_written_to_a_resolved_or_withdrawn_alert() {
        Alert alert = raise(ladder("statutory"), "informal", "2024-03-01");
        Alert resolved = alert.resolve(LocalDate.of(2024, 3, 5), "agreed", List.of("views-heard"), "heard", TODAY)
                .alert();
        Alert withdrawn = alert.withdraw(LocalDate.of(2024, 3, 5), "raised in error", TODAY).alert();

        for (Alert closed : List.of(resolved, withdrawn)) {
            assertThatThrownBy(() -> closed.respond(LocalDate.of(2024, 3, 6), TEAM_MANAGER, "x", TODAY))
                    .isInstanceOf(Conflict.class);
            assertThatThrownBy(() -> closed.referToCafcass(LocalDate.of(2024, 3, 6), "x", TODAY))
                    .isInstanceOf(Conflict.class);
        }
        assertThat(withdrawn.status()).isEqualTo(AlertStatus.WITHDRAWN);
        assertThatThrownBy(() -> alert.resolve(LocalDate.of(2024, 3, 5), "x", List.of("happy"), null, TODAY))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void cafcass_and_legal_advice_are_dated_facts_at_any_stage() {
        Alert alert = raise(ladder("any-stage"), "stage-1", "2024-03-01")
                .referToCafcass(LocalDate.of(2024, 3, 4), "referred", TODAY)
                .takeLegalAdvice(LocalDate.of(2024, 3, 5), "counsel", TODAY);

        assertThat(alert.cafcassReferral().on()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(alert.legalAdvice().note()).isEqualTo("counsel");
        assertThat(alert.current().stage()).as("Cafcass is not a stage").isEqualTo("stage-1");
    }
}
