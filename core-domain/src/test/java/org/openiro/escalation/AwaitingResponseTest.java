package org.openiro.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Answers;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.Policy;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.BankHolidayCalendar;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.ChildId;
import org.openiro.escalation.port.in.AlertView;
import org.openiro.escalation.port.out.AlertRepository;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.Page;
import org.openiro.shared.UnitOfWork;

/** The lists the pages work from: a social worker's alerts to answer, and the service's overdue first. */
@ExtendWith(MockitoExtension.class)
class AwaitingResponseTest {

    private static final AuthorityCode KENT = AuthorityCode.of("kent");
    private static final WorkingDayCalendar CALENDAR = BankHolidayCalendar.englandAndWales();
    private static final LocalDate TODAY = LocalDate.of(2024, 12, 31);
    private static final Person SAM = new Person("sw-1", "Sam", "social-worker", null);
    private static final Person TIA = new Person("tm-1", "Tia", "team-manager", null);

    // The services ask the port to require an authority, which its default method answers from find.
    @Mock(answer = Answers.CALLS_REAL_METHODS)
    AuthorityRepository authorities;
    @Mock
    AlertRepository repository;

    private final UnitOfWork direct = new UnitOfWork() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };

    private ViewAlerts alerts() {
        return new ViewAlerts(authorities, repository, CALENDAR, direct,
                Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London")));
    }

    private static Alert raised(String id, String on, Person with) {
        return Alert.raise(id, KENT, ChildId.of("C1"), LocalDate.parse(on), List.of("report-late"), "informal", with,
                "The assessment is late", null, null, null, Policy.statutory(), CALENDAR, TODAY).alert();
    }

    private void kentExists() {
        when(authorities.find(KENT)).thenReturn(Optional.of(new Authority(KENT, "Kent", Policy.statutory(), null)));
    }

    @Test
    void a_social_worker_is_shown_only_what_waits_for_their_own_answer_the_soonest_due_first() {
        kentExists();
        Alert later = raised("A-later", "2024-12-30", SAM);
        Alert overdue = raised("A-overdue", "2024-12-02", SAM);
        Alert answered = raised("A-answered", "2024-12-20", SAM).respond(TODAY, SAM, "Done", TODAY).alert();
        Alert someoneElses = raised("A-tia", "2024-12-20", TIA);
        when(repository.awaitingResponseFrom(KENT, "sw-1")).thenReturn(List.of(later, overdue, answered, someoneElses));

        List<AlertView> shown = alerts().awaitingResponseFrom(KENT, "sw-1");

        assertThat(shown).extracting(v -> v.alert().id()).containsExactly("A-overdue", "A-later");
        assertThat(shown.get(0).stagesOverdue()).containsExactly(true);
        assertThat(shown.get(1).stagesOverdue()).containsExactly(false);
    }

    @Test
    void a_social_worker_id_that_is_not_one_is_refused_before_anything_is_read() {
        assertThatThrownBy(() -> alerts().awaitingResponseFrom(KENT, "not an id!"))
                .isInstanceOf(InvalidInput.class);
        verifyNoInteractions(repository);
    }

    @Test
    void the_follow_up_list_asks_for_today_and_answers_each_alert_with_what_today_makes_of_it() {
        kentExists();
        Alert overdue = raised("A-overdue", "2024-12-02", SAM);
        AlertFilter filter = new AlertFilter("open", null, null);
        when(repository.listOverdueFirst(any(), any(), any(), any(Boolean.class), any()))
                .thenAnswer(call -> {
                    assertThat((LocalDate) call.getArgument(2)).isEqualTo(TODAY);
                    assertThat((Boolean) call.getArgument(3)).isTrue();
                    return new Page<>(List.of(overdue), 0, 50, 1);
                });

        Page<AlertView> found = alerts().alertsOverdueFirst(KENT, filter, true, new Page.Request(0, 50));

        assertThat(found.totalItems()).isEqualTo(1);
        assertThat(found.items().get(0).stagesOverdue()).containsExactly(true);
    }

    @Test
    void a_social_worker_answers_only_what_is_raised_with_them_and_an_iro_or_manager_records_any_answer() {
        Alert withSam = raised("A1", "2024-12-20", SAM);
        org.openiro.access.Caller sam = new org.openiro.access.Caller("sam", java.util.Set.of(
                org.openiro.access.Role.SOCIAL_WORKER), java.util.Set.of("kent"), java.util.Map.of(),
                java.util.Map.of("kent", "sw-1"));
        org.openiro.access.Caller pat = new org.openiro.access.Caller("pat", java.util.Set.of(
                org.openiro.access.Role.SOCIAL_WORKER), java.util.Set.of("kent"), java.util.Map.of(),
                java.util.Map.of("kent", "sw-2"));
        org.openiro.access.Caller iro = new org.openiro.access.Caller("ira", java.util.Set.of(
                org.openiro.access.Role.IRO), java.util.Set.of("kent"), java.util.Map.of("kent", "iro-1"),
                java.util.Map.of());

        assertThat(withSam.answerableBy(sam)).isTrue();
        assertThat(withSam.answerableBy(pat)).isFalse();
        assertThat(withSam.answerableBy(iro)).isTrue();
        assertThat(raised("A2", "2024-12-20", TIA).answerableBy(sam)).isFalse();
    }
}
