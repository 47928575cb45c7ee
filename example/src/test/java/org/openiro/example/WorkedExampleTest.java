package org.openiro.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiro.authority.Role;
import org.openiro.escalation.AlertStatus;
import org.openiro.inmemory.InMemoryAdapters;
import org.openiro.reviews.ReviewBasis;
import org.openiro.shared.Page;

/**
 * The worked example, run as {@code ./iro test} runs every test: what it finds is what the core decides, and it runs
 * with no Micronaut anywhere on its classpath.
 */
class WorkedExampleTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final InMemoryAdapters adapters = new InMemoryAdapters();
    private final WorkedExample.Outcome outcome = new WorkedExample(adapters, Clock.fixed(
            WorkedExample.TODAY.atStartOfDay(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London")))
            .run(new PrintStream(printed, true, StandardCharsets.UTF_8));

    @Test
    void the_next_review_is_due_six_months_after_the_second() {
        assertThat(outcome.nextReview().dueDate()).isEqualTo(LocalDate.of(2025, 2, 20));
        assertThat(outcome.nextReview().basis()).isEqualTo(ReviewBasis.AFTER_REVIEW);
        assertThat(outcome.nextReview().sequence()).isEqualTo(3);
        assertThat(outcome.secondReview().review().timing().dueDate()).isEqualTo(LocalDate.of(2024, 8, 28));
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("Care started 2024-05-01; first review due 2024-05-31 (care-start)")
                .contains("Next review due 2025-02-20, basis after-review, review number 3");
    }

    @Test
    void the_alert_is_escalated_to_stage_1_with_the_team_manager() {
        assertThat(outcome.escalated().alert().current().stage()).isEqualTo("stage-1");
        assertThat(outcome.escalated().alert().current().raisedWith().role()).isEqualTo(Role.TEAM_MANAGER);
        assertThat(outcome.escalated().alert().stages()).hasSize(2);
        assertThat(outcome.escalated().alert().status()).isEqualTo(AlertStatus.OPEN);
        assertThat(outcome.escalated().alert().version()).isEqualTo(1);
    }

    @Test
    void the_report_counts_the_year() {
        assertThat(outcome.figure("children-looked-after", "looked-after-at-end", null).value()).isEqualTo(1.0);
        assertThat(outcome.figure("children-looked-after", "started", null).value()).isEqualTo(1.0);
        assertThat(outcome.figure("reviews", "reviews-held", null).value()).isEqualTo(2.0);
        assertThat(outcome.figure("reviews", "held-in-timescale", null).numerator()).isEqualTo(2);
        assertThat(outcome.figure("reviews", "held-in-timescale", null).denominator()).isEqualTo(2);
        // The third review, due 20 February, was not held by 31 March.
        assertThat(outcome.figure("reviews", "up-to-date-at-end", null).numerator()).isZero();
        assertThat(outcome.figure("participation", "attendance", null).value()).isEqualTo(1.0);
        assertThat(outcome.figure("dispute-resolution", "alerts-raised", null).value()).isEqualTo(1.0);
        assertThat(outcome.figure("dispute-resolution", "open-at-end", null).value()).isEqualTo(1.0);
        assertThat(outcome.figure("workforce", "caseload", null).value()).isEqualTo(1.0);
    }

    @Test
    void the_core_left_its_events_in_the_outbox() {
        assertThat(adapters.outbox.events()).extracting(e -> e.type())
                .contains("org.openiro.review.scheduled", "org.openiro.review.held", "org.openiro.alert.raised",
                        "org.openiro.alert.escalated");
        assertThat(adapters.outboxBacklog.backlog().waiting()).isEqualTo(adapters.outbox.events().size());
    }

    @Test
    void the_other_read_models_answer_over_the_same_adapters() {
        Clock clock = Clock.fixed(WorkedExample.TODAY.atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
                ZoneId.of("Europe/London"));
        var worklists = new org.openiro.workforce.Worklists(adapters.authorities, adapters.workforce,
                adapters.worklistFacts, org.openiro.calendar.BankHolidayCalendar.englandAndWales(),
                adapters.unitOfWork, clock);
        var worklist = worklists.forIro(WorkedExample.AUTHORITY, "iro-1", null, new Page.Request(0, 50)).items();
        assertThat(worklist).anySatisfy(item -> {
            assertThat(item.childId()).isEqualTo(WorkedExample.CHILD);
            assertThat(item.dueDate()).isEqualTo(LocalDate.of(2025, 2, 20));
            assertThat(item.overdue()).isTrue();
        });
        assertThat(worklist).anySatisfy(item -> assertThat(item.alertId())
                .isEqualTo(outcome.escalated().alert().id()));

        var cohort = new org.openiro.quality.Cohort(List.of(org.openiro.children.LegalStatus.C2), List.of("U3"), 10,
                17, null, null, null, true);
        assertThat(adapters.cohorts.membersOn(WorkedExample.AUTHORITY, cohort, WorkedExample.TODAY))
                .containsExactly(new org.openiro.quality.CohortMember(WorkedExample.CHILD, "iro-1"));
        assertThat(adapters.cohorts.membersOn(WorkedExample.AUTHORITY, cohort, LocalDate.of(2024, 4, 30))).isEmpty();

        var history = adapters.footprintFacts.of(WorkedExample.AUTHORITY, WorkedExample.CHILD).orElseThrow();
        assertThat(history.reviews()).hasSize(2);
        assertThat(history.alertsRaised()).containsExactly(LocalDate.of(2024, 9, 2));

        // One review a month (May, August), each owing a QA form that was never completed.
        assertThat(adapters.qaCounts.forms(WorkedExample.AUTHORITY, WorkedExample.YEAR, null))
                .containsExactlyInAnyOrder(
                        new org.openiro.quality.port.out.QaCounts.Forms("2024-05", "North", 1, 0, 1, 0, 0),
                        new org.openiro.quality.port.out.QaCounts.Forms("2024-08", "North", 1, 0, 1, 0, 0));
    }

    @Test
    void no_micronaut_is_on_the_classpath() {
        assertThatThrownBy(() -> Class.forName("io.micronaut.context.ApplicationContext"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)))
                .as("the test's real classpath, not only surefire's booter")
                .anyMatch(entry -> entry.contains("core-inmemory"))
                .noneMatch(entry -> entry.contains("micronaut"));
    }
}
