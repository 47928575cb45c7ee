package org.openiro.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiro.authority.AuthorityCode;
import org.openiro.care.CareChange.EndPeriodOfCare;
import org.openiro.children.ChildId;
import org.openiro.reviews.port.in.BookReviewUseCase.BookReviewCommand;
import org.openiro.reviews.port.in.RecordIroVisitUseCase.RecordIroVisitCommand;
import org.openiro.reviews.port.in.RecordReviewUseCase.RecordReviewCommand;
import org.openiro.voice.port.in.MatchIndependentVisitorUseCase.MatchIndependentVisitorCommand;
import org.openiro.voice.port.in.RecordFeedbackUseCase.RecordFeedbackCommand;
import org.openiro.workforce.port.in.AllocateIroUseCase.AllocateIroCommand;

/** A command that exists is whole: what it cannot do without, and its own rules, are checked as it is made. */
class CommandsCheckThemselvesTest {

    private static final AuthorityCode AUTHORITY = AuthorityCode.of("example");
    private static final ChildId CHILD = ChildId.of("child-1");
    private static final LocalDate DAY = LocalDate.of(2025, 4, 7);

    private static void refusedNaming(String field, Runnable make) {
        assertThatThrownBy(make::run).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(field));
    }

    @Test
    void aMissingValueIsRefusedNamingTheField() {
        refusedNaming("date", () -> new BookReviewCommand(AUTHORITY, CHILD, null));
        refusedNaming("child", () -> new BookReviewCommand(AUTHORITY, null, DAY));
        refusedNaming("details", () -> new RecordReviewCommand(AUTHORITY, CHILD, null));
        refusedNaming("endDate", () -> new EndPeriodOfCare(AUTHORITY, CHILD, null, "E11"));
        refusedNaming("from", () -> new AllocateIroCommand(AUTHORITY, CHILD, "iro-1", null, null));
    }

    @Test
    void aCommandChecksTheRulesOfItsOwnFields() {
        refusedNaming("kind", () -> new RecordIroVisitCommand(AUTHORITY, CHILD, DAY, "phone-call", null));
        refusedNaming("iroId", () -> new AllocateIroCommand(AUTHORITY, CHILD, "no spaces allowed", DAY, null));
        refusedNaming("rating", () -> new RecordFeedbackCommand(AUTHORITY, "child", DAY, null, null, 6, "text"));
        refusedNaming("from", () -> new RecordFeedbackCommand(AUTHORITY, "neighbour", DAY, null, null, 3, "text"));
        refusedNaming("endedOn", () -> new MatchIndependentVisitorCommand(AUTHORITY, CHILD, DAY, DAY.minusDays(1)));
    }

    @Test
    void aWholeCommandIsMade() {
        assertThat(new BookReviewCommand(AUTHORITY, CHILD, DAY).date()).isEqualTo(DAY);
        assertThat(new RecordIroVisitCommand(AUTHORITY, CHILD, DAY, "oversight", null).kind()).isEqualTo("oversight");
        assertThat(new MatchIndependentVisitorCommand(AUTHORITY, CHILD, DAY, null).endedOn()).isNull();
        assertThat(new RecordFeedbackCommand(AUTHORITY, "carer", DAY, null, null, null, "text").rating()).isNull();
        assertThat(List.of(new AllocateIroCommand(AUTHORITY, CHILD, "iro-1", DAY, null))).hasSize(1);
    }
}
